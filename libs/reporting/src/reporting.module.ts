import { Module, type DynamicModule } from '@nestjs/common';
import { NoticeDownloadController } from './exports/notice-download.controller';
import { DigestLogService } from './public-notice/digest-log.service';
import { PublicNoticeResolver } from './public-notice/public-notice.resolver';
import { PublicNoticeService } from './public-notice/public-notice.service';
import { REPORTING_OPTIONS, type ReportingOptions } from './public-notice/reporting-options';

/**
 * Reporting and transparency (issue 14): it reads every lib and nothing imports it. So far the public
 * notice anyone can read without an account and verify — the district's append-only log of published
 * digests with signed checkpoints (DOMAIN.md §14, docs/public-notice-format.md), and its printable
 * PDF and XLSX downloads.
 */
@Module({})
export class ReportingModule {
  static forRoot(options: ReportingOptions): DynamicModule {
    return {
      module: ReportingModule,
      controllers: [NoticeDownloadController],
      providers: [
        { provide: REPORTING_OPTIONS, useValue: options },
        DigestLogService,
        PublicNoticeService,
        PublicNoticeResolver,
      ],
      exports: [DigestLogService, PublicNoticeService],
    };
  }
}
