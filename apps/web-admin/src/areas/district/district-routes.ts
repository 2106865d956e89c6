import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

export const districtRoutes: AdminRoute[] = [
  {
    path: '/district/towns',
    title: '镇（街道）',
    group: 'district',
    permissions: ['TOWN_CREATE'],
    page: lazy(() => import('./towns-page')),
  },
  {
    path: '/district/frameworks',
    title: '评分框架',
    group: 'district',
    permissions: ['FRAMEWORK_MANAGE'],
    page: lazy(() => import('./frameworks-page')),
  },
  {
    path: '/district/frameworks/:id',
    title: '评分框架详情',
    group: 'district',
    permissions: ['FRAMEWORK_MANAGE', 'RULEBOOK_READ'],
    page: lazy(() => import('./framework-detail-page')),
    hideInMenu: true,
  },
  {
    path: '/district/contract-templates',
    title: '契约模板',
    group: 'district',
    // Town admins may manage templates too, but theirs are extensions (town menu); this is the district's.
    permissions: ['FRAMEWORK_MANAGE'],
    page: lazy(() => import('./contract-templates-screen')),
  },
  {
    path: '/district/contract-templates/:id',
    title: '契约模板详情',
    group: 'district',
    permissions: ['CONTRACT_TEMPLATE_MANAGE'],
    page: lazy(() => import('./contract-template-detail-page')),
    hideInMenu: true,
  },
  {
    path: '/audit/log',
    title: '审计日志',
    group: 'audit',
    permissions: ['AUDIT_READ'],
    page: lazy(() => import('./audit-log-page')),
  },
];
