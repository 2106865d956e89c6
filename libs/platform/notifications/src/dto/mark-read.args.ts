import { ArgsType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty } from 'class-validator';
import { IdListField } from '@village/platform-common';

@ArgsType()
export class MarkNotificationsReadArgs {
  @ArrayNotEmpty({ message: '不能为空' })
  @ArrayMaxSize(100, { message: '一次最多 100 条' })
  @IdListField({ description: '要标为已读的消息编号' })
  ids: string[];
}
