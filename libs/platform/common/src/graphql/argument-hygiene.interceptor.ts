import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';
import { BadInputException } from '../errors/app.exception';
import { argumentProblems } from './argument-hygiene';

/**
 * Refuses hostile argument values (see argument-hygiene.ts) before the validation pipe and the
 * resolver see them. Registered after the audit interceptor, so a refused mutation is still audited
 * (as FAILURE with BAD_USER_INPUT) in the operation it belongs to.
 */
@Injectable()
export class ArgumentHygieneInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = context.getArgByIndex<GraphQLResolveInfo>(3);
    const args = context.getArgByIndex<Record<string, unknown>>(1) ?? {};
    // Root fields only: field resolvers run without enhancers (the API's design, see graphql-options.ts).
    const field = info.parentType.getFields()[info.fieldName];
    const problems = field ? argumentProblems(field.args, args) : [];
    if (problems.length) throw new BadInputException(problems);
    return next.handle();
  }
}
