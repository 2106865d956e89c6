import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';

@InputType({ description: '更改组织单元名称' })
export class RenameOrgUnitInput {
  @IdField()
  id: string;

  @Field({ description: '新的中文名称，最多 64 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;
}
