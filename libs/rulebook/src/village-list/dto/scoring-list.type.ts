import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ScoringListStatus } from '../../common/item-enums';
import { EffectiveItemType, itemTypeFrom, VillageItemType } from '../../common/item-fields.type';
import type { ScoringListItemEntity } from '../scoring-list-item.entity';
import type { ScoringListEntity } from '../scoring-list.entity';
import type { VillageItemEntity } from '../village-item.entity';

@ObjectType('ScoringList', { description: '村积分评价清单（分版本，经村民代表大会通过后生效）' })
export class ScoringListType {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { description: '村' })
  villageId: string;
  @Field(() => ID, { description: '所属镇' })
  townId: string;
  @Field(() => Int, { description: '版本号' })
  version: number;
  @Field(() => ScoringListStatus, { description: '状态' })
  status: ScoringListStatus;
  @Field(() => ID, { description: '依据的镇操作手册' })
  manualId: string;
  @Field(() => String, { nullable: true, description: '村民代表大会日期' })
  meetingDate: string | null;
  @Field(() => Int, { nullable: true, description: '在任村民代表人数' })
  representativesInOffice: number | null;
  @Field(() => String, { nullable: true, description: '在任代表人数与名册不一致的原因' })
  representativesCountReason: string | null;
  @Field(() => Int, { nullable: true, description: '到会人数' })
  present: number | null;
  @Field(() => Int, { nullable: true, description: '赞成票' })
  votesFor: number | null;
  @Field(() => Int, { nullable: true, description: '反对票' })
  votesAgainst: number | null;
  @Field(() => Int, { nullable: true, description: '弃权票' })
  abstaining: number | null;
  @Field(() => Date, { nullable: true, description: '通过时间（录入时间）' })
  adoptedAt: Date | null;
  @Field({ description: '创建时间' })
  createdAt: Date;
  @Field(() => [VillageItemType], { description: '村自定事项（含已撤回的）' })
  villageItems: VillageItemType[];
  @Field(() => [EffectiveItemType], { description: '生效事项（通过时冻结；草稿为空）' })
  items: EffectiveItemType[];

  static from(
    list: ScoringListEntity,
    villageItems: VillageItemEntity[],
    needingApproval: ReadonlySet<string>,
    frozen: ScoringListItemEntity[],
  ): ScoringListType {
    return Object.assign(new ScoringListType(), {
      id: list.id,
      villageId: list.villageId,
      townId: list.townId,
      version: list.version,
      status: list.status,
      manualId: list.manualId,
      meetingDate: list.meetingDate,
      representativesInOffice: list.representativesInOffice,
      representativesCountReason: list.representativesCountReason,
      present: list.present,
      votesFor: list.votesFor,
      votesAgainst: list.votesAgainst,
      abstaining: list.abstaining,
      adoptedAt: list.adoptedAt,
      createdAt: list.createdAt,
      villageItems: villageItems.map((i) =>
        itemTypeFrom(VillageItemType, i, {
          withdrawn: i.withdrawn,
          approvedAt: i.approvedAt,
          requiresApproval: needingApproval.has(i.id),
        }),
      ),
      items: frozen.map(effectiveItemType),
    });
  }
}

export function effectiveItemType(i: ScoringListItemEntity): EffectiveItemType {
  return itemTypeFrom(EffectiveItemType, i, { source: i.source, sourceItemId: i.sourceItemId });
}
