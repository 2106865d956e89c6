import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** The what-if preview of a draft, reached from the draft's own page (预览影响), never from the menu. */
export const previewRoutes: AdminRoute[] = [
  {
    path: '/town/manuals/:id/preview',
    title: '预览影响',
    group: 'town',
    permissions: ['MANUAL_MANAGE'],
    page: lazy(() => import('./manual-preview-page')),
    hideInMenu: true,
  },
  {
    path: '/district/frameworks/:id/preview',
    title: '预览影响',
    group: 'district',
    permissions: ['FRAMEWORK_MANAGE'],
    page: lazy(() => import('./framework-preview-page')),
    hideInMenu: true,
  },
];
