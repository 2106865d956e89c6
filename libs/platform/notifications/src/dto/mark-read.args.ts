import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID } from 'class-validator';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: '要标为已读的消息编号' })
  @ArrayNotEmpty({ message: '不能为空' })
  @ArrayMaxSize(100, { message: '一次最多 100 条' })
  @IsUUID('all', { each: true, message: '必须是有效的编号' })
  ids: string[];
}
