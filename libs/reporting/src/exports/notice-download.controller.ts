import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppException, ErrorCode } from '@village/platform-common';
import { attachmentDisposition } from '@village/scoring';
import { RequestContext } from '@village/platform-tenancy';
import { PublicNoticeService } from '../public-notice/public-notice.service';
import { downloadName } from './download-name';
import { UnprintableTextError } from './notice-fonts';
import { renderNoticePdf, type PaperSize } from './notice-pdf';
import { renderNoticeXlsx } from './notice-xlsx';
import { printableNotice, type PrintableNotice } from './printable-notice';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing else goes into the QR code. */
const HOST = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/**
 * The printable notice (PDF, A4 or A3) and its spreadsheet (XLSX), for anyone, without an account:
 * GET /files/public/<id>.pdf?size=A4|A3 and /files/public/<id>.xlsx. The artefact is already public,
 * so this is the public page in another form: the same lookup and the same per-address budget
 * (PublicNoticeService.read), built from the logged canonical text, never from live rows. Its digest is
 * the ETag: what the notice says cannot change, only the bytes around it (weak: the QR code depends on
 * the address it was asked at).
 */
@Controller('files/public')
export class NoticeDownloadController {
  private readonly logger = new Logger('NoticeDownload');

  constructor(private readonly notices: PublicNoticeService) {}

  @Get(':artefactId.pdf')
  async pdf(
    @Param('artefactId') artefactId: string,
    @Query('size') size: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const paper = (size ?? 'A4').toUpperCase();
    if (paper !== 'A4' && paper !== 'A3') {
      res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, message: '纸张大小应为 A4 或 A3' });
      return;
    }
    await this.serve(req, res, artefactId, async (notice) => ({
      bytes: await renderNoticePdf(notice, paper as PaperSize),
      type: 'application/pdf',
      name: downloadName(notice.content, 'pdf', paper),
    }));
  }

  @Get(':artefactId.xlsx')
  async xlsx(
    @Param('artefactId') artefactId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.serve(req, res, artefactId, async (notice) => ({
      bytes: await renderNoticeXlsx(notice),
      type: XLSX_TYPE,
      name: downloadName(notice.content, 'xlsx'),
    }));
  }

  private async serve(
    req: Request,
    res: Response,
    artefactId: string,
    render: (notice: PrintableNotice) => Promise<{ bytes: Buffer; type: string; name: string }>,
  ): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      // Express's req.protocol and req.host follow X-Forwarded-Proto/-Host only from the proxies that
      // TRUST_PROXY names; otherwise they are this server's own scheme and Host header.
      const host = req.host;
      if (!host || !HOST.test(host)) {
        res.status(400).json({ code: ErrorCode.BAD_USER_INPUT, message: '请求的主机名无效' });
        return;
      }
      const view = await this.notices.read(RequestContext.anonymous(req.ip ?? null), artefactId);
      const notice = printableNotice(view, `${req.protocol}://${host}`);
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.setHeader('ETag', `W/"${notice.digest}"`);
      // The client's If-None-Match already names this digest: nothing to render.
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      const file = await render(notice);
      res.setHeader('Content-Type', file.type);
      res.setHeader('Content-Disposition', attachmentDisposition(file.name));
      res.status(200).send(file.bytes);
    } catch (error) {
      this.refuse(res, artefactId, error);
    }
  }

  private refuse(res: Response, artefactId: string, error: unknown): void {
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof AppException && error.code === ErrorCode.NOT_FOUND) {
      res.status(404).json({ code: error.code, message: error.message });
    } else if (error instanceof AppException && error.code === ErrorCode.RATE_LIMITED) {
      const wait = error.extensions.retryAfterSeconds;
      if (wait !== undefined) res.setHeader('Retry-After', String(wait));
      res.status(429).json({ code: error.code, message: error.message });
    } else if (error instanceof UnprintableTextError) {
      // The same every time for this notice: not a passing fault, so not a 5xx to retry.
      this.logger.warn(`public ${artefactId}: ${error.message}`);
      res.status(422).json({ code: 'UNPRINTABLE', message: error.message });
    } else {
      this.logger.error(`public ${artefactId}: ${String(error)}`);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: '生成下载文件失败，请稍后再试' });
    }
  }
}
