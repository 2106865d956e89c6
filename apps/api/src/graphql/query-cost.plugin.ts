import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { costProblems, measureOperation, type QueryLimits } from '@village/platform-common';

/** Apollo's plugin type as @nestjs/apollo sees it (its ESM typings, not the CommonJS ones). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * The cost limit, checked once the operation is known and with the request's variables: a validation
 * rule never sees variables (Apollo validates a document once and caches it), so `limit: $l` with
 * `$l = 100` would be charged as a default page there. Runs before any resolver.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo itself refuses a request naming no known operation
          const measure = measureOperation(schema, document, operation, request.variables ?? {}, limits);
          const problems = costProblems(measure, limits);
          if (problems.length) {
            throw new GraphQLError(problems.join('；'), {
              nodes: [operation],
              // The same code and status as the depth and alias limits, which are validation rules.
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
