import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  todayInChina,
  type Page,
} from '@village/platform-common';
import {
  groupBy,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { ownResident, ResidentEntity, ResidentStatus } from '@village/residents';
import { CONTRACT_COLOURS, ContractColour } from '../colour/contract-colour.enum';
import { ContractEntity } from './contract.entity';
import { ContractEventEntity } from './contract-event.entity';
import { markSigned, markTerminated } from './contract-lifecycle';
import { CONTRACT_STATUS_LABELS, ContractStatus, NEXT_STATUS } from './contract-status.enum';
import { createMissingDrafts, eligibleParties, type ColourCounts } from './contract-drafts';
import { coverageRate } from './eligibility';
import { assertSigningDate } from './signing-date';

export interface ContractFilter {
  villageId: string;
  year?: number;
  colour?: ContractColour;
  status?: ContractStatus;
  limit: number;
  offset: number;
}

export interface Witness {
  witnessName?: string;
  witnessResidentId?: string;
}

export interface ColourCoverage {
  colour: ContractColour;
  eligible: number;
  drafted: number;
  signed: number;
  terminated: number;
  coverageRate: number;
}

/** Yearly contracts of a village: generated as drafts, signed, terminated; every step leaves an event. */
@Injectable()
export class ContractService {
  constructor(private readonly db: TenantDb) {}

  generateDrafts(ctx: RequestContext, villageId: string, year: number): Promise<ColourCounts> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.CONTRACT_MANAGE, village);
      ctx.auditDetail = { year };
      return createMissingDrafts(tx, village, year, ctx.user?.id ?? null);
    });
  }

  sign(ctx: RequestContext, id: string, signedOn: string, witness: Witness): Promise<ContractEntity> {
    return this.db.run(ctx, async (tx) => {
      const contract = await this.requireManaged(tx, id, ContractStatus.SIGNED);
      await assertSigningDate(tx, contract, signedOn);
      let witnessName = witness.witnessName ?? null;
      if (witness.witnessResidentId) {
        const resident = await tx.findOne(ResidentEntity, {
          where: {
            id: witness.witnessResidentId,
            villageId: contract.villageId,
            status: ResidentStatus.ACTIVE,
          },
        });
        if (!resident) throw BadInputException.field('witnessResidentId', '找不到这位在村的本村村民');
        if (resident.id === contract.residentId) {
          throw BadInputException.field('witnessResidentId', '签约人不能为自己的契约作见证');
        }
        witnessName ??= resident.name;
      }
      if (!witnessName)
        throw BadInputException.field('witnessName', '请填写见证人姓名，或选择本村村民作见证人');
      const signing = { signedOn, witnessName, witnessResidentId: witness.witnessResidentId ?? null };
      await markSigned(tx, contract, signing, ctx.requireUser().id);
      return loadContract(tx, id);
    });
  }

  terminate(ctx: RequestContext, id: string, terminatedOn: string, reason: string): Promise<ContractEntity> {
    return this.db.run(ctx, async (tx) => {
      const contract = await this.requireManaged(tx, id, ContractStatus.TERMINATED);
      if (contract.signedOn && terminatedOn < contract.signedOn) {
        throw BadInputException.field('terminatedOn', `不能早于签订日期 ${contract.signedOn}`);
      }
      await markTerminated(tx, contract, terminatedOn, reason, ctx.requireUser().id);
      return loadContract(tx, id);
    });
  }

  findOne(ctx: RequestContext, id: string): Promise<ContractEntity> {
    return this.db.run(ctx, (tx) => loadContract(tx, id));
  }

  /**
   * The status history of a contract, oldest first (empty when the contract is not visible). Batched
   * per request: the contracts of a list share one query.
   */
  async history(ctx: RequestContext, contractId: string): Promise<ContractEventEntity[]> {
    const loader = ctx.loaders.of('contract.history', (ids: readonly string[]) =>
      this.db.run(ctx, async (tx) => {
        const events = await tx.find(ContractEventEntity, {
          where: { contractId: In([...ids]) },
          order: { createdAt: 'ASC', kind: 'ASC' },
        });
        return groupBy(events, (e) => e.contractId);
      }),
    );
    return (await loader.load(contractId)) ?? [];
  }

  list(ctx: RequestContext, filter: ContractFilter): Promise<Page<ContractEntity>> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, filter.villageId);
      const query = tx
        .createQueryBuilder(ContractEntity, 'c')
        .leftJoinAndSelect('c.resident', 'resident')
        .leftJoinAndSelect('c.household', 'household')
        .where('c.villageId = :villageId', { villageId: filter.villageId })
        .orderBy('c.year', 'DESC')
        .addOrderBy('c.colour', 'ASC')
        .addOrderBy('household.code', 'ASC')
        .addOrderBy('resident.name', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .take(filter.limit)
        .skip(filter.offset);
      if (filter.year !== undefined) query.andWhere('c.year = :year', { year: filter.year });
      if (filter.colour) query.andWhere('c.colour = :colour', { colour: filter.colour });
      if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
      const [items, total] = await query.getManyAndCount();
      return { items, total };
    });
  }

  /**
   * The year's contracts of the resident linked to the caller's login: their own (RED, YELLOW, GREEN,
   * SILVER) and their household's BLUE one; empty without a linked resident, as myDeclarations is.
   * Terminated ones are listed too, so a resident sees why a contract no longer binds them.
   */
  mine(ctx: RequestContext, year = Number(todayInChina().slice(0, 4))): Promise<ContractEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) return [];
      const query = tx
        .createQueryBuilder(ContractEntity, 'c')
        .leftJoinAndSelect('c.resident', 'resident')
        .leftJoinAndSelect('c.household', 'household')
        .where('c.year = :year', { year })
        .andWhere('c.villageId = :villageId', { villageId: resident.villageId });
      if (resident.householdId) {
        query.andWhere('(c.residentId = :residentId OR c.householdId = :householdId)', {
          residentId: resident.id,
          householdId: resident.householdId,
        });
      } else {
        query.andWhere('c.residentId = :residentId', { residentId: resident.id });
      }
      return query
        .orderBy('c.colour', 'ASC')
        .addOrderBy('c.createdAt', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
    });
  }

  coverage(
    ctx: RequestContext,
    villageId: string,
    year: number,
    today = new Date(),
  ): Promise<ColourCoverage[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const eligible = await eligibleParties(tx, villageId, year, today);
      const rows: { colour: ContractColour; status: ContractStatus; n: string }[] = await tx.query(
        `SELECT colour, status, count(*) AS n FROM contract
          WHERE village_id = $1 AND year = $2 GROUP BY colour, status`,
        [villageId, year],
      );
      const count = (colour: ContractColour, status: ContractStatus) =>
        Number(rows.find((r) => r.colour === colour && r.status === status)?.n ?? 0);
      return CONTRACT_COLOURS.map((colour) => {
        const parties = eligible.get(colour)?.length ?? 0;
        const signed = count(colour, ContractStatus.SIGNED);
        return {
          colour,
          eligible: parties,
          drafted: count(colour, ContractStatus.DRAFT),
          signed,
          terminated: count(colour, ContractStatus.TERMINATED),
          coverageRate: coverageRate(signed, parties),
        };
      });
    });
  }

  /** A visible contract the caller may manage, locked, whose status may move to `next`. */
  private async requireManaged(tx: TenantTx, id: string, next: ContractStatus): Promise<ContractEntity> {
    const { ctx } = tx;
    const contract = await tx
      .createQueryBuilder(ContractEntity, 'c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!contract) throw new NotFoundException('id：找不到该契约，或您无权查看');
    ctx.assertCan(Permission.CONTRACT_MANAGE, contract);
    ctx.auditTarget = await tx.findOne(OrgUnitEntity, { where: { id: contract.villageId } });
    ctx.auditDetail = { contractId: contract.id, colour: contract.colour, year: contract.year };
    if (NEXT_STATUS[contract.status] !== next) {
      throw new ConflictException(
        `契约当前为「${CONTRACT_STATUS_LABELS[contract.status]}」，不能改为「${CONTRACT_STATUS_LABELS[next]}」`,
        [{ field: 'id', reasons: ['契约状态不允许此操作'] }],
      );
    }
    return contract;
  }
}

async function loadContract(tx: TenantTx, id: string): Promise<ContractEntity> {
  const contract = await tx.findOne(ContractEntity, {
    where: { id },
    relations: { resident: true, household: true },
  });
  if (!contract) throw new NotFoundException('id：找不到该契约，或您无权查看');
  return contract;
}
