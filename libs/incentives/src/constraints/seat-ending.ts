import { randomUUID } from 'node:crypto';
import { MoreThanOrEqual, Not } from 'typeorm';
import { SubjectType } from '@village/platform-common';
import { ContractColour, ContractEntity, ContractStatus, markTerminated } from '@village/contracts';
import { SubjectRoleEntity } from '@village/residents';
import type { TenantTx } from '@village/platform-tenancy';
import { ByElectionStatus } from './case-enums';
import type { ConstraintCaseEntity } from './constraint-case.entity';
import { ByElectionEntity } from './by-election.entity';

/**
 * A failed rectification ends the seat (DOMAIN.md §11): the representative's subject role ends on
 * `endedOn` with the reason, their signed YELLOW contracts from the case's year on are terminated, and a
 * by-election opens for the same households with the ended term's end. The residents lib exports its
 * subject-role entity but no service: the role is ended the way its own service ends one (end date and
 * reason on the row; a new term is a new row).
 */
export async function endSeat(
  tx: TenantTx,
  c: ConstraintCaseEntity,
  endedOn: string,
  reason: string,
  userId: string,
): Promise<ByElectionEntity> {
  const role = await tx.findOneOrFail(SubjectRoleEntity, { where: { id: c.roleId ?? '' } });
  const endReason = `整改不到位，终止代表资格：${reason}`.slice(0, 200);
  if (role.endDate === null || role.endDate > endedOn) {
    await tx.update(SubjectRoleEntity, { id: role.id }, { endDate: endedOn, endReason });
  }
  const contracts = await tx.find(ContractEntity, {
    where: {
      villageId: c.villageId,
      residentId: c.residentId,
      colour: ContractColour.YELLOW,
      year: MoreThanOrEqual(c.year),
      status: Not(ContractStatus.TERMINATED),
    },
  });
  for (const contract of contracts) {
    // A draft was never signed: there is nothing to terminate, and it cannot be signed by a lost seat.
    if (contract.status !== ContractStatus.SIGNED) continue;
    const on = contract.signedOn && contract.signedOn > endedOn ? contract.signedOn : endedOn;
    await markTerminated(tx, contract, on, endReason, userId);
  }
  const id = randomUUID();
  await tx.insert(ByElectionEntity, {
    id,
    districtId: c.districtId,
    townId: c.townId,
    villageId: c.villageId,
    caseId: c.id,
    endedRoleId: role.id,
    householdIds: role.representedHouseholdIds,
    termEnd: role.termEnd,
    status: ByElectionStatus.OPEN,
    electedResidentId: null,
    electedRoleId: null,
    electedOn: null,
    createdBy: userId,
  });
  return tx.findOneByOrFail(ByElectionEntity, { id });
}

/** The by-election's result: the elected resident holds REPRESENTATIVE until the ended term's end. */
export async function grantElectedSeat(
  tx: TenantTx,
  election: ByElectionEntity,
  residentId: string,
  electedOn: string,
  userId: string,
): Promise<SubjectRoleEntity> {
  const id = randomUUID();
  await tx.insert(SubjectRoleEntity, {
    id,
    districtId: election.districtId,
    townId: election.townId,
    villageId: election.villageId,
    residentId,
    subjectType: SubjectType.REPRESENTATIVE,
    startDate: electedOn,
    endDate: election.termEnd,
    probationary: false,
    termEnd: election.termEnd,
    representedHouseholdIds: election.householdIds,
    endReason: election.termEnd ? '补选产生，任期至本届届满' : null,
    createdBy: userId,
  });
  return tx.findOneByOrFail(SubjectRoleEntity, { id });
}
