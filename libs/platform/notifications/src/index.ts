export * from './notification-kind.enum';
export * from './entities/notification.entity';
export * from './entities/notification-read.entity';
export * from './notification.service';
export * from './notifications.module';

import { NotificationReadEntity } from './entities/notification-read.entity';
import { NotificationEntity } from './entities/notification.entity';
export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationReadEntity];
