import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsUUID, Matches, MaxLength } from 'class-validator';
import { Trim, UUID_MESSAGE } from '../../common/validators';

@InputType({ description: '新建网格' })
export class CreateGridInput {
  @Field(() => ID, { description: '所属村' })
  @IsUUID('all', UUID_MESSAGE)
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
  @Field(() => ID)
  @IsUUID('all', UUID_MESSAGE)
  gridId: string;

  @Field(() => ID, { description: '网格长：本村在村村民' })
  @IsUUID('all', UUID_MESSAGE)
  residentId: string;
}
