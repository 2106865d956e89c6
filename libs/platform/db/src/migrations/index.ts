import { PlatformSchema1795816311130 } from './1795816311130-platform-schema';
import { PlatformRowLevelSecurity1795816311131 } from './1795816311131-platform-row-level-security';
import { ScopeAbove1795817000000 } from './1795817000000-scope-above';
import { ResidentsSchema1795817586063 } from './1795817586063-residents-schema';
import { ResidentsRls1795817586064 } from './1795817586064-residents-rls';
import { ResidentStatusChangeSchema1795817881216 } from './1795817881216-resident-status-change-schema';
import { ResidentStatusChangeRls1795817881217 } from './1795817881217-resident-status-change-rls';

// Every migration, in order. Schema migrations are generated from the entities with
// `npm run db:migration -- <Name>` and reviewed; row-level security, grants and functions are hand-written.
export const MIGRATIONS: (new () => object)[] = [
  PlatformSchema1795816311130,
  PlatformRowLevelSecurity1795816311131,
  ScopeAbove1795817000000,
  ResidentsSchema1795817586063,
  ResidentsRls1795817586064,
  ResidentStatusChangeSchema1795817881216,
  ResidentStatusChangeRls1795817881217,
];
