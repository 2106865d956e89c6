import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ContextLoader } from '@village/platform-auth';
import { AppException } from '@village/platform-common';
import { attachmentDisposition } from './content-disposition';
import { EvidenceDownloadService } from './evidence-download.service';

/**
 * GET /files/evidence/:evidenceId with the bearer token of the GraphQL API: a file's bytes cannot travel
 * in a GraphQL answer, so this one route sits beside it. The guard of the API only judges GraphQL
 * operations, hence the context is built here with the same ContextLoader. Anything the caller may not
 * read is 404, never 403: an evidence id of another village must not be confirmed to exist.
 */
@Controller('files/evidence')
export class EvidenceDownloadController {
  private readonly logger = new Logger('EvidenceDownload');

  constructor(
    private readonly contexts: ContextLoader,
    private readonly downloads: EvidenceDownloadService,
  ) {}

  @Get(':evidenceId')
  async download(
    @Param('evidenceId') evidenceId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      const caller = await this.contexts.callerOf(req.headers.authorization, req.ip ?? null);
      const ctx = caller.ctx;
      if (!ctx.isAuthenticated) {
        res.status(401).json({ code: 'UNAUTHENTICATED', message: '请先登录' });
        return;
      }
      // A one-time password's token opens nothing but changing it, here as in GraphQL (access.guard.ts).
      if (caller.mustChangePassword) {
        res.status(403).json({ code: 'FORBIDDEN', message: '请先修改管理员设置的临时密码' });
        return;
      }
      const file = await this.downloads.open(ctx, evidenceId);
      if (!file) {
        res.status(404).json({ code: 'NOT_FOUND', message: '找不到该佐证材料，或您无权查看' });
        return;
      }
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.bytes.length));
      res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
      res.status(200).end(file.bytes);
    } catch (error) {
      if (error instanceof AppException && error.code === 'UNAUTHENTICATED') {
        res.status(401).json({ code: error.code, message: error.message });
        return;
      }
      this.logger.error(`evidence ${evidenceId}: ${String(error)}`);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: '下载失败，请稍后再试' });
    }
  }
}
