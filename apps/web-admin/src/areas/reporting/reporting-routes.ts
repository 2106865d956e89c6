import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** Transparency and reporting (issue 14): the public notice's log so far. */
export const reportingRoutes: AdminRoute[] = [
  {
    path: '/reporting/public',
    title: '村务公开',
    group: 'reporting',
    permissions: ['ORG_READ'],
    page: lazy(() => import('./public-notices-page')),
  },
];
