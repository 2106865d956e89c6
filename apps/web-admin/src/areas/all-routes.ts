import type { AdminRoute } from './admin-route';
import { accountRoutes } from './account/account-routes';
import { accountsRoutes } from './accounts/accounts-routes';
import { auditRoutes } from './audit/audit-routes';
import { contractsRoutes } from './contracts/contracts-routes';
import { districtRoutes } from './district/district-routes';
import { peopleRoutes } from './people/people-routes';
import { previewRoutes } from './preview/preview-routes';
import { programsRoutes } from './programs/programs-routes';
import { rulesRoutes } from './rules/rules-routes';
import { scoringRoutes } from './scoring/scoring-routes';
import { townRoutes } from './town/town-routes';
import { honoursRoutes, incentivesRoutes } from './incentives/incentives-routes';
import { reportingRoutes } from './reporting/reporting-routes';

/**
 * Every screen of the admin app; each area lists its own (areas/<area>/<area>-routes.ts). The menu,
 * the router and each role's home page are built from this one list (menu order: admin-route.ts).
 */
export const ALL_ROUTES: AdminRoute[] = [
  ...districtRoutes,
  ...townRoutes,
  ...previewRoutes,
  ...peopleRoutes,
  ...programsRoutes,
  ...contractsRoutes,
  ...rulesRoutes,
  ...scoringRoutes,
  ...incentivesRoutes,
  ...honoursRoutes,
  ...reportingRoutes,
  ...auditRoutes,
  ...accountsRoutes,
  ...accountRoutes,
];
