import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** Using the results (结果运用): honours and the negative constraints. */
export const honoursRoutes: AdminRoute[] = [
  {
    path: '/incentives/honours',
    title: '评先选优',
    group: 'scoring',
    permissions: ['HONOUR_NOMINATE', 'HONOUR_APPROVE'],
    page: lazy(() => import('./honours-page')),
  },
  {
    path: '/incentives/cases',
    title: '负面约束',
    group: 'scoring',
    permissions: ['CASE_MANAGE'],
    page: lazy(() => import('./cases-page')),
  },
];
