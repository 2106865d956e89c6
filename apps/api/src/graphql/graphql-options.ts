import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { queryLimitsRule } from '@village/platform-common';
import type { AppConfig } from '../config/app-config';
import { explorerLandingPage } from './explorer';

/** Code-first schema, deny-by-default limits, and no introspection or stack traces in production. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    validationRules: [queryLimitsRule(config.queryLimits)],
    // With graphiql off, Nest adds Apollo's "landing page disabled" plugin; ours replaces it when enabled.
    plugins: config.explorer ? [explorerLandingPage('/graphql')] : [],
    context: ({ req }: { req: unknown }) => ({ req }),
  };
}
