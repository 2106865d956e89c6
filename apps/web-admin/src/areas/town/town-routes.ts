import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

// MANUAL_MANAGE is held by town admins only: it keeps the town's screens out of other tiers' menus
// (a district admin may also create villages, but does so per town, not from this screen).
export const townRoutes: AdminRoute[] = [
  {
    path: '/town/villages',
    title: '村',
    group: 'town',
    permissions: ['MANUAL_MANAGE'],
    page: lazy(() => import('./villages-page')),
  },
  {
    path: '/town/manuals',
    title: '操作手册',
    group: 'town',
    permissions: ['MANUAL_MANAGE'],
    page: lazy(() => import('./manuals-page')),
  },
  {
    path: '/town/manuals/:id',
    title: '操作手册详情',
    group: 'town',
    permissions: ['MANUAL_MANAGE', 'RULEBOOK_READ'],
    page: lazy(() => import('./manual-editor-page')),
    hideInMenu: true,
  },
  {
    path: '/town/village-items',
    title: '村自定事项审批',
    group: 'town',
    permissions: ['SCORING_LIST_APPROVE'],
    page: lazy(() => import('./village-approvals-page')),
  },
  {
    path: '/town/appraisal-samples',
    title: '民主评议抽查',
    group: 'town',
    permissions: ['APPRAISAL_SAMPLE_REVIEW'],
    page: lazy(() => import('./appraisal-samples-page')),
  },
  {
    path: '/town/contract-templates',
    title: '契约模板扩展',
    group: 'town',
    permissions: ['MANUAL_MANAGE'],
    page: lazy(() => import('./town-contract-templates-page')),
  },
  {
    path: '/town/contract-templates/:id',
    title: '契约模板详情',
    group: 'town',
    permissions: ['CONTRACT_TEMPLATE_MANAGE'],
    page: lazy(() => import('../district/contract-template-detail-page')),
    hideInMenu: true,
  },
];
