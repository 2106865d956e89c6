/**
 * The schema's input and enum types the screens build values of (the generated index exports only
 * the typed `graphql()`; results are typed from each document).
 */
export type {
  AuditOutcome,
  BeneficiaryRelation,
  ContractColour,
  ItemCategory,
  ItemDirection,
  ItemFieldsInput,
  Role,
  SampleFinding,
  ScoreRulesInput,
  ScoreTrack,
  SubjectType,
} from './generated/graphql';
