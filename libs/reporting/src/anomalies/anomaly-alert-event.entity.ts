import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import { AnomalyAlertEntity } from './anomaly-alert.entity';
import { AnomalyResolution } from './anomaly-enums';

/**
 * A cadre's verification of an alert: 已核实，无问题 or 已处理, with a note. Appended, never changed; at
 * most one per alert (the unique index decides between two cadres closing it at once).
 */
@Entity('anomaly_alert_event')
@TenantIndexes('anomaly_alert_event')
@Index('uq_anomaly_alert_event_alert', ['alertId'], { unique: true })
@Check('ck_anomaly_alert_event_resolution', `"resolution" IN ('VERIFIED_OK', 'HANDLED')`)
@Check('ck_anomaly_alert_event_note', `length(btrim("note")) > 0`)
export class AnomalyAlertEventEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @ManyToOneJoin(() => AnomalyAlertEntity, 'alert_id')
  alert?: Relation<AnomalyAlertEntity>;

  @Column({ type: 'varchar', length: 16 })
  resolution: AnomalyResolution;

  @Column({ type: 'varchar', length: 500 })
  note: string;

  @Column({ name: 'resolved_by', type: 'uuid' })
  resolvedBy: string;

  @Column({ name: 'resolved_by_name', type: 'varchar', length: 64 })
  resolvedByName: string;

  @CreatedAtColumn()
  createdAt: Date;
}
