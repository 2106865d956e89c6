import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';
import { ItemEditInput } from '../../common/item-edit.input';

@InputType({ description: '在草稿清单中新增村自定事项' })
export class AddVillageItemInput extends ItemEditInput {
  @IdField()
  listId: string;
}

@InputType({ description: '修改草稿清单中的村自定事项（整体替换；已有的镇审批随之失效）' })
export class UpdateVillageItemInput extends ItemEditInput {
  @IdField()
  itemId: string;
}

function count(description: string) {
  return (target: object, key: string) => {
    Field(() => Int, { description })(target, key);
    IsInt({ message: '必须是整数' })(target, key);
    Min(0, { message: '不能为负数' })(target, key);
    Max(10000, { message: '不能大于 10000' })(target, key);
  };
}

@InputType({ description: '录入村民代表大会通过清单的表决结果' })
export class AdoptScoringListInput {
  @IdField()
  listId: string;

  @Field({ description: '会议日期（YYYY-MM-DD）' })
  @IsISO8601({ strict: true }, { message: '必须是有效日期（YYYY-MM-DD）' })
  meetingDate: string;

  @count('在任村民代表人数（须与本村名册中会议当日在任的村民代表人数一致，否则须说明原因）')
  representativesInOffice: number;

  @Field(() => String, {
    nullable: true,
    description: '在任代表人数与名册不一致时的原因（如部分代表尚未录入系统）',
  })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  representativesCountReason?: string | null;

  @count('到会人数') present: number;
  @count('赞成票') votesFor: number;
  @count('反对票') votesAgainst: number;
  @count('弃权票') abstaining: number;
}
