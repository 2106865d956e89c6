import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';

/**
 * The one place where exceptions become GraphQL errors. Known exceptions keep their code and message;
 * anything else is logged and reported as a generic internal error, so no SQL or stack leaks out.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof AppException) {
      return new GraphQLError(exception.message, {
        extensions: {
          ...exception.extensions,
          code: exception.code,
          ...(exception.fields.length ? { fields: exception.fields } : {}),
        },
      });
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return new GraphQLError('服务器内部错误，请稍后重试', {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  }
}
