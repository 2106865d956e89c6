import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

export const accountsRoutes: AdminRoute[] = [
  {
    path: '/accounts/users',
    title: '工作人员账号',
    group: 'account',
    permissions: ['USER_MANAGE', 'USER_READ'],
    page: lazy(() => import('./users-page')),
  },
];
