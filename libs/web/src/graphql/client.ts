import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import type { SessionStore } from '../session/session-store';

/**
 * The apps' one GraphQL client. Queries go as POST (Apollo's CSRF protection refuses a plain GET),
 * with the signed-in user's token; an UNAUTHENTICATED answer (expired, logged out elsewhere, account
 * disabled) ends the session here too, and the app's router sends the user to the login page.
 */
export function createApiClient(session: SessionStore, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) session.clear();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = session.get()?.accessToken;
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      return { headers };
    },
  });
}
