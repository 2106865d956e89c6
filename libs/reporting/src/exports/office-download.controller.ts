import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ContextLoader } from '@village/platform-auth';
import { todayInChina } from '@village/platform-common';
import { dashboardQueryOf, yearParam } from './download-params';
import { OfficeExportService } from './office-export.service';
import { openDataCsv, openDataJson } from './open-data-format';
import { OpenDataService } from './open-data.service';
import { rosterFiltersOf } from './resident-roster';
import { serveSignedIn } from './signed-in-download';

/**
 * The signed-in downloads of reporting (issue 14 item 8), each with the bearer token of the API:
 * - GET /files/dashboard/<unitId>.xlsx?year=&periodKind=&periodNumber= — the 数据看板 table;
 * - GET /files/residents/<villageId>.xlsx?status=&gridId=&subjectType= — the village's 村民名册;
 * - GET /files/open-data/<districtId>/<year>.csv and .json — the district's base figures per village and
 *   period (docs/open-data-format.md), for staff of the district under their scope, not for anyone:
 *   small villages' counts can point at a person (one open rectification case, one 0-star villager).
 * The posted tally's lines are the printable notice's XLSX (/files/public/<id>.xlsx, notice-xlsx.ts).
 */
@Controller('files')
export class OfficeDownloadController {
  private readonly logger = new Logger('OfficeDownload');

  constructor(
    private readonly contexts: ContextLoader,
    private readonly exports: OfficeExportService,
    private readonly openData: OpenDataService,
  ) {}

  @Get('dashboard/:unitId.xlsx')
  dashboard(
    @Param('unitId') unitId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return serveSignedIn(this.contexts, this.logger, req, res, (ctx) =>
      this.exports.dashboardXlsx(ctx, dashboardQueryOf(unitId, query, Number(todayInChina().slice(0, 4)))),
    );
  }

  @Get('residents/:villageId.xlsx')
  residents(
    @Param('villageId') villageId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return serveSignedIn(this.contexts, this.logger, req, res, (ctx) =>
      this.exports.residentsXlsx(ctx, villageId, rosterFiltersOf(query)),
    );
  }

  @Get('open-data/:districtId/:year.csv')
  openDataCsv(
    @Param('districtId') districtId: string,
    @Param('year') year: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return serveSignedIn(this.contexts, this.logger, req, res, async (ctx) => {
      const data = await this.openData.openData(ctx, districtId, yearParam(year));
      return { bytes: openDataCsv(data), type: 'text/csv; charset=utf-8', name: openDataName(data, 'csv') };
    });
  }

  @Get('open-data/:districtId/:year.json')
  openDataJson(
    @Param('districtId') districtId: string,
    @Param('year') year: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return serveSignedIn(this.contexts, this.logger, req, res, async (ctx) => {
      const data = await this.openData.openData(ctx, districtId, yearParam(year));
      return {
        bytes: openDataJson(data, new Date()),
        type: 'application/json; charset=utf-8',
        name: openDataName(data, 'json'),
      };
    });
  }
}

function openDataName(data: { district: { name: string }; year: number }, extension: string): string {
  return `${data.district.name} ${data.year} 年村级指标开放数据.${extension}`;
}
