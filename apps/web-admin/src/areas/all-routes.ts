import type { AdminRoute } from './admin-route';
import { accountRoutes } from './account/account-routes';
import { accountsRoutes } from './accounts/accounts-routes';
import { auditRoutes } from './audit/audit-routes';
import { districtRoutes } from './district/district-routes';
import { rulesRoutes } from './rules/rules-routes';
import { scoringRoutes } from './scoring/scoring-routes';
import { townRoutes } from './town/town-routes';

/**
 * Every screen of the admin app; each area lists its own (areas/<area>/<area>-routes.ts). The menu,
 * the router and each role's home page are built from this one list.
 */
export const ALL_ROUTES: AdminRoute[] = [
  ...accountRoutes,
  ...districtRoutes,
  ...townRoutes,
  ...accountsRoutes,
  ...rulesRoutes,
  ...scoringRoutes,
  ...auditRoutes,
];
