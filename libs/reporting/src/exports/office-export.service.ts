import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '@village/platform-auth';
import { Permission } from '@village/platform-common';
import { TenantDb, type RequestContext } from '@village/platform-tenancy';
import { DashboardService, type DashboardQuery } from '../dashboards/dashboard.service';
import { renderDashboardXlsx } from './dashboard-xlsx';
import { periodLabel } from './download-params';
import { assertOfficeCan } from './office-access';
import { ResidentRosterService, type RosterFilters } from './resident-roster';
import { renderResidentsXlsx } from './residents-xlsx';
import type { DownloadFile } from './signed-in-download';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The village office's own workbooks, for staff accounts under their row-level-security scope: the
 * 数据看板 table (from DashboardService itself, so the file and the screen cannot disagree) and the
 * village's residents. Each export is audited with the transaction that read it.
 */
@Injectable()
export class OfficeExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly dashboards: DashboardService,
    private readonly rosters: ResidentRosterService,
    private readonly audit: AuditService,
  ) {}

  async dashboardXlsx(ctx: RequestContext, q: DashboardQuery, now = new Date()): Promise<DownloadFile> {
    const board = await this.db.runOperation(
      ctx,
      () => this.dashboards.dashboard(ctx, q),
      async (tx, read) => {
        assertOfficeCan(ctx, Permission.ORG_READ, read.unit);
        await this.audit.recordIn(tx, 'exportDashboard', AuditOutcome.SUCCESS, {
          unit: read.unit,
          detail: { ...q },
        });
      },
    );
    const period = periodLabel(q.periodKind, q.periodNumber);
    return {
      bytes: await renderDashboardXlsx(board, q, now),
      type: XLSX_TYPE,
      name: `${board.unit.name} 数据看板 ${q.year} 年${period === '全年' ? '' : period.replace(/ /g, '')}.xlsx`,
    };
  }

  async residentsXlsx(
    ctx: RequestContext,
    villageId: string,
    filters: RosterFilters,
    now = new Date(),
  ): Promise<DownloadFile> {
    const roster = await this.rosters.roster(ctx, villageId, filters);
    return {
      bytes: await renderResidentsXlsx(roster, now),
      type: XLSX_TYPE,
      name: `${roster.village.name} 村民名册.xlsx`,
    };
  }
}
