import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';

@InputType({ description: '新建网格' })
export class CreateGridInput {
  @IdField({ description: '所属村' })
  villageId: string;

  @Field({ description: '网格编码：字母、数字或连字符，最多 32 位' })
  @Trim()
  @Matches(/^[0-9A-Za-z-]{1,32}$/, { message: '只能包含字母、数字或连字符，长度 1–32' })
  code: string;

  @Field({ description: '网格名称，最多 64 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;
}

@InputType({ description: '设置网格长' })
export class SetGridLeaderInput {
  @IdField()
  gridId: string;

  @IdField({ description: '网格长：本村在村村民' })
  residentId: string;
}
