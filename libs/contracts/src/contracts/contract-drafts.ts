import { randomUUID } from 'node:crypto';
import { ConflictException, SubjectType } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import { villageTenant, type OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import {
  COLOUR_SUBJECT,
  CONTRACT_COLOURS,
  CONTRACT_COLOUR_LABELS,
  ContractColour,
  colourForSubject,
  isHouseholdColour,
} from '../colour/contract-colour.enum';
import { effectiveTemplates } from '../templates/effective-template';
import { ContractEntity } from './contract.entity';
import { ContractEventEntity } from './contract-event.entity';
import { ContractEventKind, ContractStatus } from './contract-status.enum';
import { referenceDate, yearBounds } from './eligibility';

export interface Party {
  residentId: string | null;
  householdId: string | null;
}

export type ColourCounts = Record<ContractColour, number>;

export function zeroCounts(): ColourCounts {
  return Object.fromEntries(CONTRACT_COLOURS.map((c) => [c, 0])) as ColourCounts;
}

const partyKey = (p: Party) => p.residentId ?? p.householdId ?? '';

/**
 * Everyone a village's contracts of `year` are for, by colour: ACTIVE residents holding a role that
 * counts for the year (see eligibility.ts), and households with at least one ACTIVE member (BLUE).
 */
export async function eligibleParties(
  tx: TenantTx,
  villageId: string,
  year: number,
  today: Date,
): Promise<Map<ContractColour, Party[]>> {
  const personSubjects = CONTRACT_COLOURS.filter((c) => !isHouseholdColour(c)).map((c) => COLOUR_SUBJECT[c]);
  const roles: { subject_type: SubjectType; resident_id: string }[] = await tx.query(
    `SELECT DISTINCT sr.subject_type, r.id AS resident_id
       FROM subject_role sr JOIN resident r ON r.id = sr.resident_id
      WHERE sr.village_id = $1 AND r.village_id = $1 AND r.status = 'ACTIVE'
        AND sr.subject_type = ANY ($2) AND sr.start_date <= $3
        AND (sr.end_date IS NULL OR sr.end_date >= $4)
      ORDER BY r.id`,
    [villageId, personSubjects, yearBounds(year).last, referenceDate(year, today)],
  );
  const households: { id: string }[] = await tx.query(
    `SELECT h.id FROM household h
      WHERE h.village_id = $1
        AND EXISTS (SELECT 1 FROM resident r WHERE r.household_id = h.id AND r.status = 'ACTIVE')
      ORDER BY h.code`,
    [villageId],
  );
  const parties = new Map<ContractColour, Party[]>(CONTRACT_COLOURS.map((c) => [c, []]));
  for (const role of roles) {
    const colour = colourForSubject(role.subject_type);
    if (colour) parties.get(colour)?.push({ residentId: role.resident_id, householdId: null });
  }
  parties.set(
    ContractColour.BLUE,
    households.map((h) => ({ residentId: null, householdId: h.id })),
  );
  return parties;
}

/**
 * Creates the missing DRAFT contracts of a year in the caller's transaction. A party that already has
 * a contract of that colour and year (in any status) is covered: a terminated contract is not
 * re-drafted by the bulk run. Refuses, naming the colours, when a needed template is not published.
 */
export async function createMissingDrafts(
  tx: TenantTx,
  village: OrgUnitEntity,
  year: number,
  userId: string | null,
  today = new Date(),
): Promise<ColourCounts> {
  const eligible = await eligibleParties(tx, village.id, year, today);
  const existing: { resident_id: string | null; household_id: string | null; colour: ContractColour }[] =
    await tx.query(
      'SELECT resident_id, household_id, colour FROM contract WHERE village_id = $1 AND year = $2',
      [village.id, year],
    );
  const covered = new Set(existing.map((c) => `${c.colour}:${c.resident_id ?? c.household_id}`));
  const missing = new Map<ContractColour, Party[]>();
  for (const [colour, parties] of eligible) {
    const todo = parties.filter((p) => !covered.has(`${colour}:${partyKey(p)}`));
    if (todo.length) missing.set(colour, todo);
  }
  const counts = zeroCounts();
  if (!missing.size) return counts;

  const templates = await effectiveTemplates(tx, village, [...missing.keys()]);
  const unpublished = [...missing.keys()].filter((c) => !templates.has(c));
  if (unpublished.length) {
    const names = unpublished.map((c) => CONTRACT_COLOUR_LABELS[c]).join('、');
    throw new ConflictException(`${village.name}没有已发布的契约模板：${names}。请区或镇先发布模板`, [
      { field: 'villageId', reasons: [`缺少已发布模板：${names}`] },
    ]);
  }

  const tenant = villageTenant(village);
  const contracts: ContractEntity[] = [];
  for (const [colour, parties] of missing) {
    const effective = templates.get(colour);
    if (!effective) continue;
    for (const party of parties) {
      contracts.push(
        Object.assign(new ContractEntity(), {
          id: randomUUID(),
          ...tenant,
          year,
          colour,
          templateId: effective.template.id,
          templateVersion: effective.template.version,
          title: effective.content.title,
          clauses: [...effective.content.clauses],
          itemCodes: [...effective.content.itemCodes],
          residentId: party.residentId,
          householdId: party.householdId,
          status: ContractStatus.DRAFT,
          createdBy: userId,
        }),
      );
      counts[colour] += 1;
    }
  }
  for (let i = 0; i < contracts.length; i += 500) {
    const chunk = contracts.slice(i, i + 500);
    try {
      await tx.insert(ContractEntity, chunk);
    } catch (error) {
      // Two generations racing for the same village: the live-contract indexes stop the second.
      if (isUniqueViolation(error)) throw new ConflictException('有人正在同时生成本村契约，请稍后重试');
      throw error;
    }
    await tx.insert(
      ContractEventEntity,
      chunk.map((c) => ({
        id: randomUUID(),
        ...tenant,
        contractId: c.id,
        kind: ContractEventKind.DRAFTED,
        fromStatus: null,
        toStatus: ContractStatus.DRAFT,
        effectiveOn: null,
        detail: { templateId: c.templateId, templateVersion: c.templateVersion },
        createdBy: userId,
      })),
    );
  }
  return counts;
}
