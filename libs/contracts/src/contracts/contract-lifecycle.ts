import type { TenantTx } from '@village/platform-tenancy';
import { randomUUID } from 'node:crypto';
import { ContractEntity } from './contract.entity';
import { ContractEventEntity } from './contract-event.entity';
import { ContractEventKind, ContractStatus, NEXT_STATUS } from './contract-status.enum';

/**
 * The two status changes of a contract, each with its event, in the caller's transaction. Callers have
 * checked permission and that the move is allowed (the database trigger refuses any other move too).
 */
export async function markSigned(
  tx: TenantTx,
  contract: ContractEntity,
  signing: { signedOn: string; witnessName: string; witnessResidentId: string | null },
  userId: string | null,
): Promise<void> {
  await tx.update(
    ContractEntity,
    { id: contract.id },
    { status: ContractStatus.SIGNED, ...signing, signedBy: userId },
  );
  await appendEvent(tx, contract, ContractEventKind.SIGNED, signing.signedOn, userId, {
    witnessName: signing.witnessName,
  });
}

export async function markTerminated(
  tx: TenantTx,
  contract: ContractEntity,
  terminatedOn: string,
  reason: string,
  userId: string | null,
): Promise<void> {
  await tx.update(
    ContractEntity,
    { id: contract.id },
    { status: ContractStatus.TERMINATED, terminatedOn, terminationReason: reason, terminatedBy: userId },
  );
  await appendEvent(tx, contract, ContractEventKind.TERMINATED, terminatedOn, userId, { reason });
}

async function appendEvent(
  tx: TenantTx,
  contract: ContractEntity,
  kind: ContractEventKind,
  effectiveOn: string,
  userId: string | null,
  detail: Record<string, string | number | boolean | null>,
): Promise<void> {
  await tx.insert(ContractEventEntity, {
    id: randomUUID(),
    districtId: contract.districtId,
    townId: contract.townId,
    villageId: contract.villageId,
    contractId: contract.id,
    kind,
    fromStatus: contract.status,
    toStatus: NEXT_STATUS[contract.status] ?? contract.status,
    effectiveOn,
    detail,
    createdBy: userId,
  });
}
