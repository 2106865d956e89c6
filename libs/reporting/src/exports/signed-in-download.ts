import type { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ContextLoader } from '@village/platform-auth';
import { AppException, ErrorCode } from '@village/platform-common';
import type { RequestContext } from '@village/platform-tenancy';
import { attachmentDisposition } from '@village/scoring';

export interface DownloadFile {
  bytes: Buffer;
  type: string;
  name: string;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * A file for a signed-in caller, as the evidence download does it (GET with the GraphQL API's bearer
 * token, the context built by the same ContextLoader, since the API's guard judges only GraphQL
 * operations). A token signed in with a one-time password opens nothing here either, as it opens no
 * GraphQL operation but me, changePassword and logout. Refusals are JSON `{code, message}` with the
 * Chinese message of the exception (the field named for bad input), never cached.
 */
export async function serveSignedIn(
  contexts: ContextLoader,
  logger: Logger,
  req: Request,
  res: Response,
  make: (ctx: RequestContext) => Promise<DownloadFile>,
): Promise<void> {
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    const caller = await contexts.callerOf(req.headers.authorization, req.ip ?? null);
    if (!caller.ctx.isAuthenticated) {
      res.status(401).json({ code: ErrorCode.UNAUTHENTICATED, message: '请先登录' });
      return;
    }
    if (caller.mustChangePassword) {
      res.status(403).json({ code: ErrorCode.FORBIDDEN, message: '请先修改管理员设置的临时密码，再导出' });
      return;
    }
    const file = await make(caller.ctx);
    res.setHeader('Content-Type', file.type);
    res.setHeader('Content-Length', String(file.bytes.length));
    res.setHeader('Content-Disposition', attachmentDisposition(file.name));
    res.status(200).end(file.bytes);
  } catch (error) {
    const status = error instanceof AppException ? STATUS[error.code] : undefined;
    if (error instanceof AppException && status) {
      res.status(status).json({ code: error.code, message: error.message, fields: error.fields });
      return;
    }
    logger.error(`${req.path}: ${String(error)}`);
    res.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: '生成下载文件失败，请稍后再试' });
  }
}
