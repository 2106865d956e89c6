import type { ComponentType, LazyExoticComponent } from 'react';

/** Menu groups, in the order the side menu shows them. */
export const MENU_GROUPS = {
  district: '区级',
  town: '镇级',
  people: '村民与组织',
  contracts: '契约',
  rules: '评分清单',
  scoring: '积分评定',
  incentives: '积分兑换',
  reporting: '公开与报表',
  audit: '审计',
  account: '账号',
} as const;
export type MenuGroup = keyof typeof MENU_GROUPS;

/**
 * One screen of the admin app. A screen is shown in the menu (and reachable at all) only to a user
 * with one of its permissions; the API checks again, so hiding is for clarity, not security.
 */
export interface AdminRoute {
  path: string;
  title: string;
  group: MenuGroup;
  /** Any one of these permissions opens the screen; none listed: every signed-in user. */
  permissions: string[];
  page: LazyExoticComponent<ComponentType>;
  /** Detail screens (with :id) are reached from their list, not from the menu. */
  hideInMenu?: boolean;
}
