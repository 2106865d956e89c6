import { PlatformSchema1795816311130 } from './1795816311130-platform-schema';
import { PlatformRowLevelSecurity1795816311131 } from './1795816311131-platform-row-level-security';
import { ScopeAbove1795817000000 } from './1795817000000-scope-above';
import { ResidentsSchema1795817586063 } from './1795817586063-residents-schema';
import { ResidentsRls1795817586064 } from './1795817586064-residents-rls';
import { ResidentStatusChangeSchema1795817881216 } from './1795817881216-resident-status-change-schema';
import { ResidentStatusChangeRls1795817881217 } from './1795817881217-resident-status-change-rls';
import { GridsSchema1795818083555 } from './1795818083555-grids-schema';
import { GridsRls1795818083556 } from './1795818083556-grids-rls';
import { ScoringRulebook1795817956244 } from './1795817956244-scoring-rulebook';
import { ScoringRulebookRls1795817956245 } from './1795817956245-scoring-rulebook-rls';
import { ContractsSchema1795818124970 } from './1795818124970-contracts-schema';
import { ContractsRls1795818124971 } from './1795818124971-contracts-rls';
import { LedgerSchema1795821376467 } from './1795821376467-ledger-schema';
import { LedgerRls1795821376468 } from './1795821376468-ledger-rls';
import { NotificationsSchema1795821411662 } from './1795821411662-notifications-schema';
import { NotificationsRls1795821411663 } from './1795821411663-notifications-rls';
import { ScoringPeriodsSchema1795821465423 } from './1795821465423-scoring-periods-schema';
import { ScoringPeriodsRls1795821465424 } from './1795821465424-scoring-periods-rls';
import { DeclarationsSchema1795822597436 } from './1795822597436-declarations-schema';
import { DeclarationsRls1795822597437 } from './1795822597437-declarations-rls';
import { DeclarationEvidenceSchema1795822934005 } from './1795822934005-declaration-evidence-schema';
import { DeclarationEvidenceRls1795822934006 } from './1795822934006-declaration-evidence-rls';
import { DeclarationAmend1795825505676 } from './1795825505676-declaration-amend-schema';
import { DeclarationAmendTrigger1795825505677 } from './1795825505677-declaration-amend-trigger';
import { AppraisalSchema1795825728001 } from './1795825728001-appraisal-schema';
import { AppraisalRls1795825728002 } from './1795825728002-appraisal-rls';
import { ManualLateEntryDays1795826755922 } from './1795826755922-manual-late-entry-days';
import { TallySchema1795827711414 } from './1795827711414-tally-schema';
import { TallyRls1795827711415 } from './1795827711415-tally-rls';
import { RlsScopeInitplan1795829500121 } from './1795829500121-rls-scope-initplan';
import { NotificationKindAmended1795831309741 } from './1795831309741-notification-kind-amended';
import { RequestContextFunction1795832000000 } from './1795832000000-request-context-function';

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
  ScoringRulebook1795817956244,
  ScoringRulebookRls1795817956245,
  GridsSchema1795818083555,
  GridsRls1795818083556,
  ContractsSchema1795818124970,
  ContractsRls1795818124971,
  LedgerSchema1795821376467,
  LedgerRls1795821376468,
  NotificationsSchema1795821411662,
  NotificationsRls1795821411663,
  ScoringPeriodsSchema1795821465423,
  ScoringPeriodsRls1795821465424,
  DeclarationsSchema1795822597436,
  DeclarationsRls1795822597437,
  DeclarationEvidenceSchema1795822934005,
  DeclarationEvidenceRls1795822934006,
  DeclarationAmend1795825505676,
  DeclarationAmendTrigger1795825505677,
  AppraisalSchema1795825728001,
  AppraisalRls1795825728002,
  ManualLateEntryDays1795826755922,
  TallySchema1795827711414,
  TallyRls1795827711415,
  RlsScopeInitplan1795829500121,
  NotificationKindAmended1795831309741,
  RequestContextFunction1795832000000,
];
