import type { MigrationList } from '@village/platform-db/migrations';
import { LedgerSchema1795821376467 } from './1795821376467-ledger-schema';
import { LedgerRls1795821376468 } from './1795821376468-ledger-rls';
import { ScoringPeriodsSchema1795821465423 } from './1795821465423-scoring-periods-schema';
import { ScoringPeriodsRls1795821465424 } from './1795821465424-scoring-periods-rls';
import { DeclarationsSchema1795822597436 } from './1795822597436-declarations-schema';
import { DeclarationsRls1795822597437 } from './1795822597437-declarations-rls';
import { DeclarationEvidenceSchema1795822934005 } from './1795822934005-declaration-evidence-schema';
import { DeclarationEvidenceRls1795822934006 } from './1795822934006-declaration-evidence-rls';
import { DeclarationAmend1795825505676 } from './1795825505676-declaration-amend-schema';
import { DeclarationAmendTrigger1795825505677 } from './1795825505677-declaration-amend-trigger';
import { TallySchema1795827711414 } from './1795827711414-tally-schema';
import { TallyRls1795827711415 } from './1795827711415-tally-rls';
import { LedgerCorrectionsSchema1796137551044 } from './1796137551044-ledger-corrections-schema';
import { LedgerCorrectionsRls1796137551045 } from './1796137551045-ledger-corrections-rls';
import { LedgerRuleNote1796300000001 } from './1796300000001-ledger-rule-note';
import { LedgerActRules1796400000001 } from './1796400000001-ledger-act-rules';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const SCORING_MIGRATIONS: MigrationList = [
  LedgerSchema1795821376467,
  LedgerRls1795821376468,
  ScoringPeriodsSchema1795821465423,
  ScoringPeriodsRls1795821465424,
  DeclarationsSchema1795822597436,
  DeclarationsRls1795822597437,
  DeclarationEvidenceSchema1795822934005,
  DeclarationEvidenceRls1795822934006,
  DeclarationAmend1795825505676,
  DeclarationAmendTrigger1795825505677,
  TallySchema1795827711414,
  TallyRls1795827711415,
  LedgerCorrectionsSchema1796137551044,
  LedgerCorrectionsRls1796137551045,
  LedgerRuleNote1796300000001,
  LedgerActRules1796400000001,
];
