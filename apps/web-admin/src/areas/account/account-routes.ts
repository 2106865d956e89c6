import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

export const accountRoutes: AdminRoute[] = [
  {
    path: '/account/password',
    title: '修改密码',
    group: 'account',
    permissions: [],
    page: lazy(() => import('../../auth/change-password-page')),
  },
];
