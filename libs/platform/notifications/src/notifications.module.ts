import { Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { NotificationService } from './notification.service';
import { NotificationsResolver } from './notifications.resolver';

/** The in-app inbox. Other modules import it and call NotificationService inside their own transaction. */
@Module({
  providers: [NotificationService, InboxService, NotificationsResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
