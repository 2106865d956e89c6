import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType({ description: '用户名和密码登录' })
export class LoginInput {
  @Field({ description: '用户名' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字符' })
  username: string;

  @Field({ description: '密码' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(128, { message: '不能超过 128 个字符' })
  password: string;
}
