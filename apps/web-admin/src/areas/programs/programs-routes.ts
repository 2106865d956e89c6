import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

/** The village's self-governance programmes; in the people group of the menu (they are its people). */
export const programsRoutes: AdminRoute[] = [
  {
    path: '/programs/posts',
    title: '网格自治岗位',
    group: 'people',
    permissions: ['GRID_READ'],
    page: lazy(() => import('./posts-page')),
  },
  {
    path: '/programs/teams',
    title: '评分队伍与轮值队长',
    group: 'people',
    permissions: ['GRID_READ'],
    page: lazy(() => import('./scoring-teams-page')),
  },
  {
    path: '/programs/governance',
    title: '“1+4+N”治理队伍',
    group: 'people',
    permissions: ['GRID_READ'],
    page: lazy(() => import('./governance-team-page')),
  },
];
