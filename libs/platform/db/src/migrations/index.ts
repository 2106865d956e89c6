import { PlatformSchema1795816311130 } from './1795816311130-platform-schema';
import { PlatformRowLevelSecurity1795816311131 } from './1795816311131-platform-row-level-security';

// Every migration, in order. Schema migrations are generated from the entities with
// `npm run db:migration -- <Name>` and reviewed; row-level security, grants and functions are hand-written.
export const MIGRATIONS: (new () => object)[] = [
  PlatformSchema1795816311130,
  PlatformRowLevelSecurity1795816311131,
];
