import type { AdminRoute } from './admin-route';
import { accountRoutes } from './account/account-routes';
import { peopleRoutes } from './people/people-routes';
import { contractsRoutes } from './contracts/contracts-routes';
import { programsRoutes } from './programs/programs-routes';

/**
 * Every screen of the admin app; each area lists its own (areas/<area>/<area>-routes.ts). The menu,
 * the router and each role's home page are built from this one list.
 */
export const ALL_ROUTES: AdminRoute[] = [
  ...peopleRoutes,
  ...programsRoutes,
  ...contractsRoutes,
  ...accountRoutes,
];
