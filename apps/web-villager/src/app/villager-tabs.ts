import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A tab of the bottom bar; its screen loads on first visit. */
export interface VillagerTab {
  path: string;
  title: string;
  page: LazyExoticComponent<ComponentType>;
}

export const VILLAGER_TABS: VillagerTab[] = [
  { path: '/', title: '我的积分', page: lazy(() => import('../pages/my-score-page')) },
];

/** Screens reached from a tab (not on the bar). */
export const VILLAGER_SCREENS: VillagerTab[] = [];
