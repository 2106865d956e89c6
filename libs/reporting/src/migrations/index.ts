import type { MigrationList } from '@village/platform-db/migrations';
import { PublicNoticeSchema1796500003001 } from './1796500003001-public-notice-schema';
import { PublicNoticeRls1796500003002 } from './1796500003002-public-notice-rls';
import { DashboardSchema1796500003003 } from './1796500003003-dashboard-schema';
import { DashboardRls1796500003004 } from './1796500003004-dashboard-rls';
import { MeetingSchema1796500003005 } from './1796500003005-meeting-schema';
import { MeetingRls1796500003006 } from './1796500003006-meeting-rls';
import { ActivitySchema1796500003007 } from './1796500003007-activity-schema';
import { ActivityRls1796500003008 } from './1796500003008-activity-rls';
import { OutcomeSchema1796500003009 } from './1796500003009-outcome-schema';
import { OutcomeRls1796500003010 } from './1796500003010-outcome-rls';
import { ActivityPhotoSchema1796500003011 } from './1796500003011-activity-photo-schema';
import { ActivityPhotoRls1796500003012 } from './1796500003012-activity-photo-rls';
import { AnomalySchema1796500003020 } from './1796500003020-anomaly-schema';
import { AnomalyRls1796500003021 } from './1796500003021-anomaly-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
// Timestamps from 1796500003001 (the public notice's digest log),
// 1796500003003 (the dashboards' roll-up), 1796500003005 (meetings),
// 1796500003007 (volunteer activities), 1796500003009 (outcome records),
// 1796500003011 (activity photos), 1796500003020 (anomaly alerts).
export const REPORTING_MIGRATIONS: MigrationList = [
  PublicNoticeSchema1796500003001,
  PublicNoticeRls1796500003002,
  DashboardSchema1796500003003,
  DashboardRls1796500003004,
  MeetingSchema1796500003005,
  MeetingRls1796500003006,
  ActivitySchema1796500003007,
  ActivityRls1796500003008,
  OutcomeSchema1796500003009,
  OutcomeRls1796500003010,
  ActivityPhotoSchema1796500003011,
  ActivityPhotoRls1796500003012,
  AnomalySchema1796500003020,
  AnomalyRls1796500003021,
];
