import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

export const contractsRoutes: AdminRoute[] = [
  {
    path: '/contracts',
    title: '契约签订',
    group: 'contracts',
    permissions: ['CONTRACT_READ'],
    page: lazy(() => import('./contracts-page')),
  },
  {
    path: '/contracts/:id',
    title: '契约详情',
    group: 'contracts',
    permissions: ['CONTRACT_READ'],
    page: lazy(() => import('./contract-detail-page')),
    hideInMenu: true,
  },
];
