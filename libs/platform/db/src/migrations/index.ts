import { PlatformSchema1795816311130 } from './1795816311130-platform-schema';
import { PlatformRowLevelSecurity1795816311131 } from './1795816311131-platform-row-level-security';
import { ScopeAbove1795817000000 } from './1795817000000-scope-above';
import { ScoringRulebook1795817956244 } from './1795817956244-scoring-rulebook';
import { ScoringRulebookRls1795817956245 } from './1795817956245-scoring-rulebook-rls';

// Every migration, in order. Schema migrations are generated from the entities with
// `npm run db:migration -- <Name>` and reviewed; row-level security, grants and functions are hand-written.
export const MIGRATIONS: (new () => object)[] = [
  PlatformSchema1795816311130,
  PlatformRowLevelSecurity1795816311131,
  ScopeAbove1795817000000,
  ScoringRulebook1795817956244,
  ScoringRulebookRls1795817956245,
];
