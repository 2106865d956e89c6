import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min } from 'class-validator';
import { IdField, IdListField, IsCivilDate } from '@village/platform-common';

@InputType({ description: '设置轮值队长安排（追加新版本，不覆盖旧版本）' })
export class SetCaptainRotaInput {
  @IdField({ description: '评分队伍' })
  teamId: string;

  @Field({ description: '从哪天起轮值（YYYY-MM-DD）' })
  @IsCivilDate()
  startsOn: string;

  @Field(() => Int, { description: '每人轮值天数，如 30 或 7' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(366, { message: '不能大于 366' })
  periodDays: number;

  @ArrayMinSize(1, { message: '至少一人' })
  @ArrayMaxSize(50, { message: '最多 50 人' })
  @IdListField({ description: '轮值顺序（须为当前成员）' })
  residentIds: string[];
}
