import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { UserEntity } from '@village/platform-auth';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { NotificationKind } from '../notification-kind.enum';

/**
 * One message in a user's inbox. The tenant columns are those of the unit the message is about (the
 * writer's scope); only the recipient reads it. Append-only: reading is recorded in `notification_read`.
 */
@Entity('notification')
@TenantIndexes('notification')
@Index('ix_notification_recipient', ['recipientUserId', 'createdAt'])
// A message sent `once` (notifyOnce) exists at most once per recipient, kind and linked thing: a job
// that runs again skips it (INSERT … ON CONFLICT DO NOTHING needs no read of others' inboxes).
@Index('uq_notification_once', ['recipientUserId', 'kind', 'linkId'], {
  unique: true,
  where: `"kind" IN ('OBJECTION_OVERDUE')`,
})
// Built from the enum. TypeORM's drift check compares checks by name only: a new kind needs a
// hand-written migration replacing this constraint (see notification-kind-amended).
@Check(
  'ck_notification_kind',
  `"kind" IN (${Object.values(NotificationKind)
    .map((k) => `'${k}'`)
    .join(', ')})`,
)
@Check('ck_notification_link', `("link_type" IS NULL) = ("link_id" IS NULL)`)
export class NotificationEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  @ManyToOneJoin(() => UserEntity, {
    name: 'recipient_user_id',
    foreignKeyConstraintName: 'fk_notification_recipient',
  })
  recipient?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** What the UI can open, e.g. DECLARATION + its id; both null for a plain message. */
  @Column({ name: 'link_type', type: 'varchar', length: 64, nullable: true })
  linkType: string | null;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
