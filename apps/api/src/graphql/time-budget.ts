import type { RequestHandler, Response } from 'express';
import { ErrorCode } from '@village/platform-common';

/**
 * Answers a GraphQL request that is still running after `ms` with a timeout error instead of leaving
 * the client waiting. The work itself is not interrupted (graphql-js cannot abort a resolver): a query
 * goes on until its statement ends (PostgreSQL's statement_timeout, DB_STATEMENT_TIMEOUT_MS, stops a
 * long one), and a mutation keeps its one transaction (audit interceptor) and commits or rolls back as
 * it would have: its outcome is unknown to the client, which the message says. Whatever Apollo writes
 * afterwards is dropped.
 */
export function timeBudget(ms: number): RequestHandler {
  const message = `请求处理超时（超过 ${ms / 1000} 秒），服务器已停止等待。如果是修改操作，结果未知，请刷新后核对。`;
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return; // the answer is already on its way
      res.status(503).json({ errors: [{ message, extensions: { code: ErrorCode.REQUEST_TIMEOUT } }] });
      dropLaterWrites(res);
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

function dropLaterWrites(res: Response): void {
  const ignored = () => res;
  Object.assign(res, {
    status: ignored,
    setHeader: ignored,
    send: ignored,
    json: ignored,
    end: ignored,
    write: () => true,
  });
}
