import type { MigrationList } from '@village/platform-db/migrations';
import { ScoringRulebook1795817956244 } from './1795817956244-scoring-rulebook';
import { ScoringRulebookRls1795817956245 } from './1795817956245-scoring-rulebook-rls';
import { ManualLateEntryDays1795826755922 } from './1795826755922-manual-late-entry-days';
import { ScoringListRepresentativesCountReason1796135495876 } from './1796135495876-scoring-list-representatives-count-reason';
import { ItemPointRules1796300000000 } from './1796300000000-item-point-rules';
import { ItemMilestones1796300000002 } from './1796300000002-item-milestones';
import { ItemActRules1796400000000 } from './1796400000000-item-act-rules';
import { ItemCapByHousehold1796400000003 } from './1796400000003-item-cap-by-household';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const RULEBOOK_MIGRATIONS: MigrationList = [
  ScoringRulebook1795817956244,
  ScoringRulebookRls1795817956245,
  ManualLateEntryDays1795826755922,
  ScoringListRepresentativesCountReason1796135495876,
  ItemPointRules1796300000000,
  ItemMilestones1796300000002,
  ItemActRules1796400000000,
  ItemCapByHousehold1796400000003,
];
