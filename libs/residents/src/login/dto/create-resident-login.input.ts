import { Field, InputType } from '@nestjs/graphql';
import { Matches, MaxLength, MinLength } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';

@InputType({ description: '为村民开通登录账号（村民角色）' })
export class CreateResidentLoginInput {
  @IdField()
  residentId: string;

  @Field({ description: '用户名：3–64 位字母、数字、点、下划线或连字符' })
  @Trim()
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: '用户名为 3–64 位字母、数字、点、下划线或连字符' })
  username: string;

  @Field({ description: '初始密码，至少 8 位' })
  @MinLength(8, { message: '密码至少 8 位' })
  @MaxLength(72, { message: '密码不能超过 72 位' })
  password: string;
}
