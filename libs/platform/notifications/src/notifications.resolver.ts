import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { MarkNotificationsReadArgs } from './dto/mark-read.args';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { NotificationPage, NotificationType } from './dto/notification.type';
import { InboxService } from './inbox.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly inbox: InboxService) {}

  @Query(() => NotificationPage, { description: '我的站内消息，最新的在前' })
  @Allow(Permission.SELF)
  async myNotifications(
    @Ctx() ctx: RequestContext,
    @Args() args: MyNotificationsArgs,
  ): Promise<NotificationPage> {
    const page = await this.inbox.list(ctx, args);
    return { items: page.items.map(NotificationType.from), total: page.total, unreadCount: page.unreadCount };
  }

  @Mutation(() => [NotificationType], { description: '将自己的消息标为已读（重复标记不改变首次阅读时间）' })
  @Allow(Permission.SELF)
  async markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<NotificationType[]> {
    return (await this.inbox.markRead(ctx, args.ids)).map(NotificationType.from);
  }

  @Mutation(() => Int, { description: '将自己的全部未读消息标为已读，返回本次标记的条数' })
  @Allow(Permission.SELF)
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.inbox.markAllRead(ctx);
  }
}
