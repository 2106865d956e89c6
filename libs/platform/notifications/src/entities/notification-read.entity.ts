import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { UserEntity } from '@village/platform-auth';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { NotificationEntity } from './notification.entity';

/**
 * That a notification was read, appended once by its recipient; the notification row itself never
 * changes. Carries the notification's tenant columns so it sits under the same forced RLS.
 */
@Entity('notification_read')
@TenantIndexes('notification_read')
@Index('ix_notification_read_reader', ['readerUserId'])
export class NotificationReadEntity extends TenantOwnedColumns {
  /** One read per notification: marking again changes nothing. */
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @ManyToOneJoin(() => NotificationEntity, {
    name: 'notification_id',
    foreignKeyConstraintName: 'fk_notification_read_notification',
  })
  notification?: Relation<NotificationEntity>;

  @Column({ name: 'reader_user_id', type: 'uuid' })
  readerUserId: string;

  @ManyToOneJoin(() => UserEntity, {
    name: 'reader_user_id',
    foreignKeyConstraintName: 'fk_notification_read_reader',
  })
  reader?: UserEntity;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  readAt: Date;
}
