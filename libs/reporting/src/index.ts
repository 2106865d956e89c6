import { DASHBOARD_ENTITIES } from './dashboards';
import { ACTIVITY_ENTITIES } from './activities';
import { MEETING_ENTITIES } from './meetings';
import { OUTCOME_ENTITIES } from './outcomes';
import { ANOMALY_ENTITIES } from './anomalies';
import { CheckpointCountersignEntity } from './public-notice/checkpoint-countersign.entity';
import { DigestCheckpointEntity } from './public-notice/digest-checkpoint.entity';
import { PublishedArtefactEntity } from './public-notice/published-artefact.entity';

export * from './reporting.module';
export * from './dashboards';
export * from './meetings';
export * from './activities';
export * from './outcomes';
export * from './anomalies';
export { DigestLogService } from './public-notice/digest-log.service';
export { PublicNoticeService } from './public-notice/public-notice.service';
export {
  ArtefactKind,
  canonicalText,
  digestOf,
  type CanonicalArtefact,
} from './public-notice/canonical-form';
export { maskName } from './public-notice/name-mask';
export { checkpointStatement, verifyCheckpoint } from './public-notice/checkpoint-signer';
export { renderNoticePdf, type PaperSize } from './exports/notice-pdf';
export { renderNoticeXlsx, XLSX_HEADER_ROW } from './exports/notice-xlsx';
export { hexGroups, printableNotice, type PrintableNotice } from './exports/printable-notice';
export { UnprintableTextError } from './exports/notice-fonts';
export { DASHBOARD_HEADER_ROW, figureHeaders } from './exports/dashboard-xlsx';
export { RESIDENTS_HEADER_ROW, RESIDENT_COLUMNS } from './exports/residents-xlsx';
export { openDataColumns, openDataColumnsMarkdown, type OpenDataColumn } from './exports/open-data-columns';
export { OPEN_DATA_FORMAT } from './exports/open-data-format';
export { CheckpointCountersignEntity, DigestCheckpointEntity, PublishedArtefactEntity };

export const REPORTING_ENTITIES = [
  PublishedArtefactEntity,
  DigestCheckpointEntity,
  CheckpointCountersignEntity,
  ...DASHBOARD_ENTITIES,
  ...MEETING_ENTITIES,
  ...ACTIVITY_ENTITIES,
  ...OUTCOME_ENTITIES,
  ...ANOMALY_ENTITIES,
];
