import { Column } from 'typeorm';
import { TenantOwnedColumns } from '@village/platform-tenancy';
import { ItemCategory, ItemDirection, ScoreTrack } from './item-enums';
import { NUMERIC } from '@village/platform-common';
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
];

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
}
