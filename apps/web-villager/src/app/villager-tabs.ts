import { lazy, type ComponentType } from 'react';
import MyScorePage from '../pages/my-score-page';

/** A tab of the bottom bar (at most five, within reach of a thumb); its screen loads on first visit. */
export interface VillagerTab {
  path: string;
  title: string;
  icon?: string;
  page: ComponentType;
}

// The home screen is part of the app's first download rather than a chunk fetched after it has booted:
// on a phone's slow network that is a round trip less before "my score" shows (tools/bench/web-budget.ts).

export const VILLAGER_TABS: VillagerTab[] = [
  { path: '/', title: '积分', icon: 'score', page: MyScorePage },
  { path: '/declare', title: '申报', icon: 'declare', page: lazy(() => import('../declare/declare-page')) },
  { path: '/notice', title: '公示', icon: 'notice', page: lazy(() => import('../notice/notice-page')) },
  { path: '/inbox', title: '消息', icon: 'inbox', page: lazy(() => import('../pages/inbox-page')) },
  { path: '/me', title: '我的', icon: 'me', page: lazy(() => import('../pages/mine-page')) },
];

/** Screens reached from a tab (not on the bar); the bar shows the tab they belong to. */
export const VILLAGER_SCREENS: (VillagerTab & { tab: string })[] = [
  {
    path: '/declarations',
    title: '我的申报',
    tab: '/declare',
    page: lazy(() => import('../pages/my-declarations-page')),
  },
  {
    path: '/objections',
    title: '我的异议',
    tab: '/notice',
    page: lazy(() => import('../notice/my-objections-page')),
  },
  {
    path: '/appraisal',
    title: '民主评议',
    tab: '/me',
    page: lazy(() => import('../pages/appraisal-page')),
  },
  {
    path: '/points',
    title: '我的可兑换积分',
    tab: '/me',
    page: lazy(() => import('../points/my-points-page')),
  },
  {
    path: '/redeem',
    title: '积分兑换',
    tab: '/me',
    page: lazy(() => import('../points/redeem-page')),
  },
  {
    path: '/redemptions',
    title: '我的兑换',
    tab: '/me',
    page: lazy(() => import('../points/my-redemptions-page')),
  },
  {
    path: '/honours',
    title: '我的荣誉',
    tab: '/me',
    page: lazy(() => import('../results/my-honours-page')),
  },
  {
    path: '/check-in',
    title: '志愿服务签到',
    tab: '/me',
    page: lazy(() => import('../activities/check-in-page')),
  },
  {
    path: '/mentoring',
    title: '我收到的帮扶',
    tab: '/me',
    page: lazy(() => import('../results/my-mentoring-page')),
  },
  {
    path: '/password',
    title: '修改密码',
    tab: '/me',
    page: lazy(() => import('../pages/change-password-page')),
  },
];
