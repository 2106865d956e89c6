import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@village/platform-common';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: '只看未读' })
  @IsOptional()
  @IsBoolean({ message: '必须是布尔值' })
  unreadOnly = false;
}
