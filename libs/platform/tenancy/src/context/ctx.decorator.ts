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

const OPERATION_CONTEXTS = Symbol('operationContexts');

/**
 * Gives one field resolution (a mutation field) its own context, which `@Ctx()` then returns to its
 * resolver; keyed by the field's GraphQL `info`, which Nest hands to interceptors and parameter
 * decorators alike.
 */
export function bindOperationContext(context: ExecutionContext, ctx: RequestContext): void {
  const gql = GqlExecutionContext.create(context);
  const req = gql.getContext<{ req: Record<symbol, WeakMap<object, RequestContext> | undefined> }>().req;
  const contexts = req[OPERATION_CONTEXTS] ?? new WeakMap<object, RequestContext>();
  req[OPERATION_CONTEXTS] = contexts;
  contexts.set(gql.getInfo<object>(), ctx);
}

function operationContextOf(context: ExecutionContext): RequestContext | undefined {
  const gql = GqlExecutionContext.create(context);
  const req = gql.getContext<{ req?: Record<symbol, WeakMap<object, RequestContext> | undefined> }>().req;
  return req?.[OPERATION_CONTEXTS]?.get(gql.getInfo<object>());
}

/** The operation's context where one was bound (mutations), else the request's. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => operationContextOf(context) ?? requestContextOf(context),
);
