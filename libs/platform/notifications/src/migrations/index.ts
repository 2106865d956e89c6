import type { MigrationList } from '@village/platform-db/migrations';
import { NotificationsSchema1795821411662 } from './1795821411662-notifications-schema';
import { NotificationsRls1795821411663 } from './1795821411663-notifications-rls';
import { NotificationKindAmended1795831309741 } from './1795831309741-notification-kind-amended';
import { NotificationKindsReview1796200000001 } from './1796200000001-notification-kinds-review';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const NOTIFICATIONS_MIGRATIONS: MigrationList = [
  NotificationsSchema1795821411662,
  NotificationsRls1795821411663,
  NotificationKindAmended1795831309741,
  NotificationKindsReview1796200000001,
];
