import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** Redeemable points: shops and their goods, the clerk's counter, the points rule. */
export const incentivesRoutes: AdminRoute[] = [
  {
    path: '/incentives/shops',
    title: '兑换点',
    group: 'incentives',
    permissions: ['SHOP_MANAGE', 'REDEMPTION_COUNTER', 'POINTS_READ'],
    page: lazy(() => import('./shops-page')),
  },
  {
    path: '/incentives/shops/:id',
    title: '兑换点详情',
    group: 'incentives',
    permissions: ['SHOP_MANAGE', 'REDEMPTION_COUNTER', 'POINTS_READ'],
    page: lazy(() => import('./shop-detail-page')),
    hideInMenu: true,
  },
  {
    path: '/incentives/counter',
    title: '兑换柜台',
    group: 'incentives',
    permissions: ['REDEMPTION_COUNTER'],
    page: lazy(() => import('./counter-page')),
  },
  {
    path: '/incentives/policy',
    title: '可兑换积分规则',
    group: 'incentives',
    permissions: ['POINTS_POLICY_MANAGE'],
    page: lazy(() => import('./points-policy-page')),
  },
  {
    path: '/incentives/fund',
    title: '积分资金台账',
    group: 'incentives',
    permissions: ['POINTS_READ'],
    page: lazy(() => import('./fund-figures-page')),
  },
  {
    path: '/incentives/payout',
    title: '资金发放方案',
    group: 'incentives',
    permissions: ['FUND_MANAGE', 'POINTS_READ'],
    page: lazy(() => import('./payout-page')),
  },
];

/** Using the results (结果运用): honours and the negative constraints. */
export const honoursRoutes: AdminRoute[] = [
  {
    path: '/incentives/honours',
    title: '评先选优',
    group: 'incentives',
    permissions: ['HONOUR_MANAGE', 'HONOUR_NOMINATE', 'HONOUR_APPROVE'],
    page: lazy(() => import('./honours-page')),
  },
  {
    path: '/incentives/cases',
    title: '负面约束',
    group: 'incentives',
    permissions: ['CASE_MANAGE'],
    page: lazy(() => import('./cases-page')),
  },
];
