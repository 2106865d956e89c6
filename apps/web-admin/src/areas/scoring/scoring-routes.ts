import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** The village's scoring work: the year, registration, review, tally and notice, scores explained. */
export const scoringRoutes: AdminRoute[] = [
  {
    path: '/scoring/review',
    title: '审核队列',
    group: 'scoring',
    permissions: ['DECLARATION_REVIEW'],
    page: lazy(() => import('./review/review-queue-page')),
  },
  {
    path: '/scoring/register',
    title: '代为登记',
    group: 'scoring',
    permissions: ['DECLARATION_REGISTER'],
    page: lazy(() => import('./register/register-act-page')),
  },
  {
    path: '/scoring/year',
    title: '积分年度与期间',
    group: 'scoring',
    permissions: ['SCORING_LIST_MANAGE', 'TALLY_MANAGE', 'AUDIT_READ'],
    page: lazy(() => import('./year/scoring-year-page')),
  },
  {
    path: '/scoring/tally',
    title: '核算与公示',
    group: 'scoring',
    permissions: ['TALLY_MANAGE', 'OBJECTION_ANSWER'],
    page: lazy(() => import('./tally/tally-page')),
  },
  {
    path: '/scoring/residents',
    title: '村民积分明细',
    group: 'scoring',
    permissions: ['DECLARATION_REVIEW', 'DECLARATION_REGISTER', 'TALLY_MANAGE', 'AUDIT_READ'],
    page: lazy(() => import('./explain/resident-score-page')),
  },
  {
    path: '/scoring/corrections',
    title: '台账更正',
    group: 'scoring',
    permissions: ['DECLARATION_REVIEW'],
    page: lazy(() => import('./ledger/ledger-corrections-page')),
  },
  {
    path: '/scoring/appraisal',
    title: '民主评议汇总',
    group: 'scoring',
    permissions: ['RESIDENT_READ'],
    page: lazy(() => import('./appraisal/appraisal-summary-page')),
  },
];
