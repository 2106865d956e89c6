import { randomUUID } from 'node:crypto';
import { ConflictException, type FieldError } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import { villageTenant, type OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import { GENDER_LABELS, Gender, ResidentStatus, type HouseholdRelation } from './resident-status.enum';
import { ResidentEntity } from './resident.entity';
import { ID_NUMBER_INVALID, maskIdNumber, parseIdNumber, type ValidIdNumber } from '../pii/id-number';
import type { PiiCipher } from '../pii/pii-cipher';

export interface NewResident {
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  householdId: string | null;
  relationToHead?: HouseholdRelation | null;
  gridId: string | null;
}

/** Checks the ID number and that birth date and gender agree with it; the errors name the fields. */
export function checkIdentity(fields: Pick<NewResident, 'idNumber' | 'birthDate' | 'gender'>): {
  id: ValidIdNumber | null;
  errors: FieldError[];
} {
  const id = parseIdNumber(fields.idNumber);
  if (!id) return { id: null, errors: [{ field: 'idNumber', reasons: [ID_NUMBER_INVALID] }] };
  const errors: FieldError[] = [];
  if (id.birthDate !== fields.birthDate) {
    errors.push({ field: 'birthDate', reasons: [`出生日期与身份证号不符（证号为 ${id.birthDate}）`] });
  }
  if (id.gender !== fields.gender) {
    errors.push({ field: 'gender', reasons: [`性别与身份证号不符（证号为${GENDER_LABELS[id.gender]}）`] });
  }
  return { id, errors };
}

export function idNumberTaken(): ConflictException {
  return new ConflictException('该身份证号已在本区登记', [
    { field: 'idNumber', reasons: ['身份证号已登记'] },
  ]);
}

/**
 * Inserts a resident whose identity has been checked: the number is stored encrypted, hashed and
 * masked, never in clear. A number already registered in the district is a CONFLICT on `idNumber`.
 */
export async function insertResident(
  tx: TenantTx,
  cipher: PiiCipher,
  village: OrgUnitEntity,
  id: ValidIdNumber,
  fields: NewResident,
  createdBy: string | null,
): Promise<string> {
  const residentId = randomUUID();
  try {
    await tx.insert(ResidentEntity, {
      id: residentId,
      ...villageTenant(village),
      name: fields.name,
      gender: fields.gender,
      birthDate: fields.birthDate,
      idNumberCipher: cipher.encrypt(id.value),
      idNumberHash: cipher.hash(id.value),
      idNumberMasked: maskIdNumber(id.value),
      phone: fields.phone,
      householdId: fields.householdId,
      relationToHead: fields.relationToHead ?? null,
      gridId: fields.gridId,
      status: ResidentStatus.ACTIVE,
      userId: null,
      createdBy,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'uq_resident_id_number')) throw idNumberTaken();
    throw error;
  }
  return residentId;
}
