import type { GraphQLFormattedError } from 'graphql';

/** graphql-js's "Did you mean …?" tails: field, argument, type, enum value and input field names. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * What production errors must not say: names of the schema the caller did not type (suggestions come
 * from validation, which `hideSuggestions` already quiets, but also from coercing variables at
 * execution, which Apollo gives no option for), and Apollo's English note on introspection.
 */
export function hideSchemaDetails(error: GraphQLFormattedError): GraphQLFormattedError {
  if (error.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
    return { ...error, message: '生产环境不提供内省查询（introspection）' };
  }
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}
