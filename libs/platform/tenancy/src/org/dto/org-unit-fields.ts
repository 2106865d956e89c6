import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { Trim } from '@village/platform-common';

/** Code and name, shared by the inputs that create org units. */
@InputType({ isAbstract: true })
export class OrgUnitFields {
  @Field({ description: '编码：字母、数字或连字符，最多 32 位（建议用行政区划代码）' })
  @Trim()
  @Matches(/^[0-9A-Za-z-]{1,32}$/, { message: '只能包含字母、数字或连字符，长度 1–32' })
  code: string;

  @Field({ description: '中文名称，最多 64 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;
}
