import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import type { InboxItem } from '../inbox.service';
import { NOTIFICATION_KIND_LABELS, NotificationKind } from '../notification-kind.enum';

@ObjectType('NotificationLink', { description: '消息指向的对象（界面据此打开）' })
export class NotificationLinkType {
  @Field(() => String, { description: '对象类型，如 DECLARATION' })
  entityType: string;

  @Field(() => ID)
  id: string;
}

@ObjectType('Notification', { description: '站内消息' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String, { description: '类型名称' })
  kindLabel: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => NotificationLinkType, { nullable: true })
  link: NotificationLinkType | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Boolean, { description: '是否已读' })
  read: boolean;

  @Field(() => Date, { nullable: true, description: '首次阅读时间' })
  readAt: Date | null;

  static from(item: InboxItem): NotificationType {
    return Object.assign(new NotificationType(), {
      id: item.id,
      kind: item.kind,
      kindLabel: NOTIFICATION_KIND_LABELS[item.kind],
      title: item.title,
      body: item.body,
      link: item.linkType && item.linkId ? { entityType: item.linkType, id: item.linkId } : null,
      createdAt: new Date(item.createdAt),
      read: item.readAt !== null,
      readAt: item.readAt ? new Date(item.readAt) : null,
    });
  }
}

@ObjectType('NotificationPage')
export class NotificationPage extends Paginated(NotificationType) {
  @Field(() => Int, { description: '未读条数（不受分页影响）' })
  unreadCount: number;
}
