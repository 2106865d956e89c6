import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export const REQUEST_CONTEXT_KEY = 'requestContext';

/** Reads the request context the auth guard attached. Missing context is a programming error: fail closed. */
export function requestContextOf(context: ExecutionContext): RequestContext {
  const req = GqlExecutionContext.create(context).getContext<{ req?: Record<string, unknown> }>().req;
  const ctx = req?.[REQUEST_CONTEXT_KEY];
  if (!(ctx instanceof RequestContext)) {
    throw new Error('No request context on this request: the auth guard did not run');
  }
  return ctx;
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestContextOf(context),
);
