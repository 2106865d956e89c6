import { Column } from 'typeorm';
import { TenantOwnedColumns } from '@village/platform-tenancy';
import {
  CapMode,
  ItemCategory,
  ItemDirection,
  MilestoneSpan,
  RecordLevel,
  RoundingMode,
  ScoreTrack,
  type BeneficiaryRelation,
  type JudgementGrade,
} from './item-enums';
import type { ValidityRule } from './validity-rule';
import type { Milestone } from './milestone';
import { NUMERIC, NUMERIC_ARRAY } from '@village/platform-common';
import type { AmountBand } from './amount-band';
import type { SubjectType } from '@village/platform-common';

/** What an evaluation item says; framework, town and village items and frozen list items share it. */
export interface ItemFields {
  code: string;
  name: string;
  description: string;
  category: ItemCategory;
  direction: ItemDirection;
  /** Positive magnitudes; the direction gives the sign. Equal min and max: a fixed value. */
  pointsMin: number;
  pointsMax: number;
  perUnitPoints: number | null;
  unitLabel: string | null;
  track: ScoreTrack;
  subjectTypes: SubjectType[];
  evidenceRequired: boolean;
  capPerMonth: number | null;
  capPerQuarter: number | null;
  capPerYear: number | null;
  validityMonths: number | null;
  repeatMultiplier: number;
  veto: boolean;
  household: boolean;
  /** Allowed magnitudes for a reviewer's choice (e.g. 10 / 20 / 40 / 50); null: any value in the range. */
  pointLevels: number[] | null;
  /** Points by bands of the declared amount (the quantity); null: not banded. */
  amountBands: AmountBand[] | null;
  /** Rounding of rate-computed points (per unit or per band): step and mode; null: to 0.01. */
  roundingStep: number | null;
  roundingMode: RoundingMode | null;
  /** The most one act can score (magnitude); null: the range's maximum alone. */
  perActMax: number | null;
  /** Items sharing a group code share their caps, counted across the group. */
  capGroup: string | null;
  /** What the caps and the per-act maximum do with an act that would pass them. */
  capMode: CapMode;
  /** A milestone item: the codes whose approved quantities it sums; null for an ordinary item. */
  milestoneSources: string[] | null;
  milestoneSpan: MilestoneSpan | null;
  /** Thresholds in ascending order, each scored once. */
  milestones: Milestone[] | null;
  /** A household item that scores every current member of the household, not only the head. */
  householdMembers: boolean;
  /** Relatives the item may score instead of the actor; null: the actor alone. */
  beneficiaryRelations: BeneficiaryRelation[] | null;
  /** Items of one kind count as repeats of each other for the repeat multiplier. */
  kind: string | null;
  /** Items of one group are alternatives for one act: the act is scored once. */
  alternativeGroup: string | null;
  /** Validity by the size of the points; overrides validityMonths when given. */
  validityRules: ValidityRule[] | null;
  /** A direct judgement: the highest grade a party member or representative can get while it stands. */
  judgementGrade: JudgementGrade | null;
  /** A direct judgement: the most stars a villager can get while it stands (0–4). */
  judgementStars: number | null;
  /** Credit repair: the fixed deduction a repaired judgement becomes; null: no repair path. */
  repairPoints: number | null;
  recordLevel: RecordLevel;
  /** The caps count the whole household's points (per household), not the resident's alone. */
  capByHousehold: boolean;
}

export const ITEM_FIELD_NAMES: (keyof ItemFields)[] = [
  'code',
  'name',
  'description',
  'category',
  'direction',
  'pointsMin',
  'pointsMax',
  'perUnitPoints',
  'unitLabel',
  'track',
  'subjectTypes',
  'evidenceRequired',
  'capPerMonth',
  'capPerQuarter',
  'capPerYear',
  'validityMonths',
  'repeatMultiplier',
  'veto',
  'household',
  'pointLevels',
  'amountBands',
  'roundingStep',
  'roundingMode',
  'perActMax',
  'capGroup',
  'capMode',
  'milestoneSources',
  'milestoneSpan',
  'milestones',
  'householdMembers',
  'beneficiaryRelations',
  'kind',
  'alternativeGroup',
  'validityRules',
  'judgementGrade',
  'judgementStars',
  'repairPoints',
  'recordLevel',
  'capByHousehold',
];

/** The act rules (issue 12) of an item that has none: what an item written before them means. */
export const NO_ACT_RULES: Pick<
  ItemFields,
  | 'householdMembers'
  | 'beneficiaryRelations'
  | 'kind'
  | 'alternativeGroup'
  | 'validityRules'
  | 'judgementGrade'
  | 'judgementStars'
  | 'repairPoints'
  | 'recordLevel'
  | 'capByHousehold'
> = {
  householdMembers: false,
  beneficiaryRelations: null,
  kind: null,
  alternativeGroup: null,
  validityRules: null,
  judgementGrade: null,
  judgementStars: null,
  repairPoints: null,
  recordLevel: RecordLevel.BOTH,
  capByHousehold: false,
};

export function pickItemFields(source: ItemFields): ItemFields {
  return Object.fromEntries(ITEM_FIELD_NAMES.map((k) => [k, source[k]])) as unknown as ItemFields;
}

const points = { type: 'numeric', precision: 8, scale: 2, transformer: NUMERIC } as const;

export abstract class ItemColumns extends TenantOwnedColumns implements ItemFields {
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  category: ItemCategory;

  @Column({ type: 'varchar', length: 16 })
  direction: ItemDirection;

  @Column({ name: 'points_min', ...points })
  pointsMin: number;

  @Column({ name: 'points_max', ...points })
  pointsMax: number;

  @Column({ name: 'per_unit_points', ...points, nullable: true })
  perUnitPoints: number | null;

  @Column({ name: 'unit_label', type: 'varchar', length: 16, nullable: true })
  unitLabel: string | null;

  @Column({ type: 'varchar', length: 16 })
  track: ScoreTrack;

  @Column({ name: 'subject_types', type: 'varchar', length: 16, array: true })
  subjectTypes: SubjectType[];

  @Column({ name: 'evidence_required', type: 'boolean', default: false })
  evidenceRequired: boolean;

  @Column({ name: 'cap_per_month', ...points, nullable: true })
  capPerMonth: number | null;

  @Column({ name: 'cap_per_quarter', ...points, nullable: true })
  capPerQuarter: number | null;

  @Column({ name: 'cap_per_year', ...points, nullable: true })
  capPerYear: number | null;

  @Column({ name: 'validity_months', type: 'int', nullable: true })
  validityMonths: number | null;

  @Column({
    name: 'repeat_multiplier',
    type: 'numeric',
    precision: 4,
    scale: 2,
    default: 1,
    transformer: NUMERIC,
  })
  repeatMultiplier: number;

  @Column({ type: 'boolean', default: false })
  veto: boolean;

  @Column({ type: 'boolean', default: false })
  household: boolean;

  @Column({
    name: 'point_levels',
    type: 'numeric',
    precision: 8,
    scale: 2,
    array: true,
    nullable: true,
    transformer: NUMERIC_ARRAY,
  })
  pointLevels: number[] | null;

  @Column({ name: 'amount_bands', type: 'jsonb', nullable: true })
  amountBands: AmountBand[] | null;

  @Column({ name: 'rounding_step', ...points, nullable: true })
  roundingStep: number | null;

  @Column({ name: 'rounding_mode', type: 'varchar', length: 8, nullable: true })
  roundingMode: RoundingMode | null;

  @Column({ name: 'per_act_max', ...points, nullable: true })
  perActMax: number | null;

  @Column({ name: 'cap_group', type: 'varchar', length: 32, nullable: true })
  capGroup: string | null;

  @Column({ name: 'cap_mode', type: 'varchar', length: 8, default: CapMode.REFUSE })
  capMode: CapMode;

  @Column({ name: 'milestone_sources', type: 'varchar', length: 32, array: true, nullable: true })
  milestoneSources: string[] | null;

  @Column({ name: 'milestone_span', type: 'varchar', length: 8, nullable: true })
  milestoneSpan: MilestoneSpan | null;

  @Column({ type: 'jsonb', nullable: true })
  milestones: Milestone[] | null;

  @Column({ name: 'household_members', type: 'boolean', default: false })
  householdMembers: boolean;

  @Column({ name: 'beneficiary_relations', type: 'varchar', length: 8, array: true, nullable: true })
  beneficiaryRelations: BeneficiaryRelation[] | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  kind: string | null;

  @Column({ name: 'alternative_group', type: 'varchar', length: 32, nullable: true })
  alternativeGroup: string | null;

  @Column({ name: 'validity_rules', type: 'jsonb', nullable: true })
  validityRules: ValidityRule[] | null;

  @Column({ name: 'judgement_grade', type: 'varchar', length: 16, nullable: true })
  judgementGrade: JudgementGrade | null;

  @Column({ name: 'judgement_stars', type: 'int', nullable: true })
  judgementStars: number | null;

  @Column({ name: 'repair_points', ...points, nullable: true })
  repairPoints: number | null;

  @Column({ name: 'record_level', type: 'varchar', length: 8, default: RecordLevel.BOTH })
  recordLevel: RecordLevel;

  @Column({ name: 'cap_by_household', type: 'boolean', default: false })
  capByHousehold: boolean;
}
