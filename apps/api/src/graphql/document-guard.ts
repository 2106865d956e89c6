import type { RequestHandler } from 'express';
import { documentLimitProblem, type DocumentLimits } from '@village/platform-common';

/**
 * Refuses a GraphQL document past the document limits before Apollo parses it. It is middleware rather
 * than an Apollo plugin because an error thrown by a plugin before parsing becomes a 500 in Apollo
 * Server 5, and because the parser and graphql-js's own validation rules (which run in the same pass
 * as ours) are what must not see such a document. The answer has Apollo's shape and code.
 */
export function documentGuard(limits: DocumentLimits): RequestHandler {
  return (req, res, next) => {
    const query =
      req.method === 'GET' ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    const problem = documentLimitProblem(query, limits);
    if (!problem) return next();
    res.status(problem.tooLarge ? 413 : 400).json({
      errors: [{ message: problem.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  };
}
