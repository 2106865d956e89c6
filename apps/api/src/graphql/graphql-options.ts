import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { queryLimitsRule } from '@village/platform-common';
import type { AppConfig } from '../config/app-config';
import { explorerLandingPage } from './explorer';
import { hideSchemaDetails } from './production-errors';
import { queryCostPlugin } from './query-cost.plugin';

/**
 * Code-first schema and deny-by-default limits: the document limits run before Apollo (document-guard,
 * mounted in create-app), the parser stops at `maxTokens` too, depth and aliases are validation rules,
 * the cost is checked with the request's variables (query-cost plugin). Production: no introspection,
 * no stack traces, no "Did you mean …?" naming the schema.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const plugins: NonNullable<ApolloDriverConfig['plugins']> = [queryCostPlugin(config.queryLimits)];
  // With graphiql off, Nest adds Apollo's "landing page disabled" plugin; ours replaces it when enabled.
  if (config.explorer) plugins.push(explorerLandingPage());
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: { maxTokens: config.documentLimits.maxTokens },
    validationRules: [queryLimitsRule(config.queryLimits)],
    validationOptions: { hideSuggestions: config.production },
    ...(config.production ? { formatError: hideSchemaDetails } : {}),
    plugins,
    context: ({ req }: { req: unknown }) => ({ req }),
  };
}
