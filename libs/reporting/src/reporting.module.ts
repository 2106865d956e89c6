import { Module, type DynamicModule } from '@nestjs/common';
import { NotificationsModule } from '@village/platform-notifications';
import { AnomaliesResolver } from './anomalies/anomalies.resolver';
import { AnomalyAlertsService } from './anomalies/anomaly-alerts.service';
import { AnomalyDetectionService } from './anomalies/anomaly-detection.service';
import { ActivitiesResolver } from './activities/activities.resolver';
import { ActivitiesService } from './activities/activities.service';
import { DashboardResolver } from './dashboards/dashboard.resolver';
import { DashboardService } from './dashboards/dashboard.service';
import { FiguresRefreshService } from './dashboards/figures-refresh.service';
import { FairnessResolver } from './fairness/fairness.resolver';
import { FairnessService } from './fairness/fairness.service';
import { NoticeDownloadController } from './exports/notice-download.controller';
import { OfficeDownloadController } from './exports/office-download.controller';
import { OfficeExportService } from './exports/office-export.service';
import { OpenDataService } from './exports/open-data.service';
import { ResidentRosterService } from './exports/resident-roster';
import { DigestLogService } from './public-notice/digest-log.service';
import { MeetingsResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';
import { OutcomesResolver } from './outcomes/outcomes.resolver';
import { OutcomesService } from './outcomes/outcomes.service';
import { PublicNoticeResolver } from './public-notice/public-notice.resolver';
import { PublicNoticeService } from './public-notice/public-notice.service';
import { REPORTING_OPTIONS, type ReportingOptions } from './public-notice/reporting-options';

/**
 * Reporting and transparency (issue 14): it reads every lib and nothing imports it. The public notice
 * anyone can read without an account and verify — the district's append-only log of published digests
 * with signed checkpoints (DOMAIN.md §14, docs/public-notice-format.md) — with its printable PDF and XLSX
 * downloads; the dashboards, read from a roll-up of each village's base figures that a job keeps current
 * (dashboards/); meetings and their attendance (meetings/); volunteer activities (activities/); outcome
 * records (outcomes/); the fairness view of a village's deductions by grid, gender, age band and reviewer
 * (fairness/); anomaly alerts raised to village and town admins by a job (anomalies/).
 */
@Module({})
export class ReportingModule {
  static forRoot(options: ReportingOptions): DynamicModule {
    return {
      module: ReportingModule,
      imports: [NotificationsModule],
      controllers: [NoticeDownloadController, OfficeDownloadController],
      providers: [
        { provide: REPORTING_OPTIONS, useValue: options },
        DigestLogService,
        PublicNoticeService,
        PublicNoticeResolver,
        FiguresRefreshService,
        DashboardService,
        DashboardResolver,
        MeetingsService,
        MeetingsResolver,
        ActivitiesService,
        ActivitiesResolver,
        OutcomesService,
        OutcomesResolver,
        ResidentRosterService,
        OfficeExportService,
        OpenDataService,
        FairnessService,
        FairnessResolver,
        AnomalyDetectionService,
        AnomalyAlertsService,
        AnomaliesResolver,
      ],
      exports: [DigestLogService, PublicNoticeService, FiguresRefreshService, DashboardService],
    };
  }
}
