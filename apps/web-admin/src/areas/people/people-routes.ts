import { lazy } from 'react';
import type { AdminRoute } from '../admin-route';

export const peopleRoutes: AdminRoute[] = [
  {
    path: '/people/residents',
    title: '村民名册',
    group: 'people',
    permissions: ['RESIDENT_READ'],
    page: lazy(() => import('./residents-page')),
  },
  {
    path: '/people/residents/:id',
    title: '村民详情',
    group: 'people',
    permissions: ['RESIDENT_READ'],
    page: lazy(() => import('./resident-detail-page')),
    hideInMenu: true,
  },
  {
    path: '/people/import',
    title: '批量导入村民',
    group: 'people',
    permissions: ['RESIDENT_MANAGE'],
    page: lazy(() => import('./import-page')),
  },
  {
    path: '/people/households',
    title: '户',
    group: 'people',
    permissions: ['RESIDENT_READ'],
    page: lazy(() => import('./households-page')),
  },
  {
    path: '/people/grids',
    title: '网格与网格长',
    group: 'people',
    permissions: ['RESIDENT_READ'],
    page: lazy(() => import('./grids-page')),
  },
];
