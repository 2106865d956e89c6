import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** The village's scoring list (评分清单): built from the town manual, village items, adoption. */
export const rulesRoutes: AdminRoute[] = [
  {
    path: '/rules/scoring-list',
    title: '村积分评价清单',
    group: 'rules',
    permissions: ['SCORING_LIST_MANAGE'],
    page: lazy(() => import('./scoring-list-page')),
  },
];
