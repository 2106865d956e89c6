import { AnomalyAlertEventEntity } from './anomaly-alert-event.entity';
import { AnomalyAlertEntity } from './anomaly-alert.entity';

export * from './anomaly-enums';
export { ANOMALY_LOOKBACK, ANOMALY_THRESHOLDS } from './anomaly-thresholds';
export { AnomalyDetectionService, type RaisedAlert } from './anomaly-detection.service';
export { AnomalyAlertsService } from './anomaly-alerts.service';
export { AnomalyAlertEntity, AnomalyAlertEventEntity };

export const ANOMALY_ENTITIES = [AnomalyAlertEntity, AnomalyAlertEventEntity];
