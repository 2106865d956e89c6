import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** Transparency and reporting (issue 14): dashboards, the fairness view and the public notice's log. */
export const reportingRoutes: AdminRoute[] = [
  {
    path: '/reporting/dashboard',
    title: '数据看板',
    group: 'reporting',
    permissions: ['ORG_READ'],
    page: lazy(() => import('./dashboard-page')),
  },
  {
    path: '/reporting/fairness',
    title: '公平性分析',
    group: 'reporting',
    permissions: ['FAIRNESS_READ'],
    page: lazy(() => import('./fairness-page')),
  },
  {
    path: '/reporting/meetings',
    title: '会议与出勤',
    group: 'reporting',
    permissions: ['MEETING_MANAGE', 'RESIDENT_READ'],
    page: lazy(() => import('./meetings-page')),
  },
  {
    path: '/reporting/activities',
    title: '志愿服务活动',
    group: 'reporting',
    permissions: ['MEETING_MANAGE', 'RESIDENT_READ'],
    page: lazy(() => import('./activities-page')),
  },
  {
    path: '/reporting/outcomes',
    title: '工作成效',
    group: 'reporting',
    permissions: ['OUTCOME_RECORD', 'RESIDENT_READ'],
    page: lazy(() => import('./outcomes-page')),
  },
  {
    path: '/reporting/anomalies',
    title: '异常提醒',
    group: 'reporting',
    permissions: ['ANOMALY_REVIEW', 'ANOMALY_READ'],
    page: lazy(() => import('./anomalies-page')),
  },
  {
    path: '/reporting/public',
    title: '村务公开',
    group: 'reporting',
    permissions: ['ORG_READ'],
    page: lazy(() => import('./public-notices-page')),
  },
];
