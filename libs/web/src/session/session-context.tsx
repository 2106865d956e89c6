import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider, useMutation, useQuery } from 'urql';
import { createApiClient } from '../graphql/client';
import type { WebMeQuery } from '../graphql/generated/graphql';
import { LoginDocument, LogoutDocument, MeDocument } from './session-documents';
import type { SessionStore, StoredSession } from './session-store';

export type SignedInUser = WebMeQuery['me'];
export type RoleGrant = SignedInUser['roles'][number];

export interface Session {
  /** The stored token, or null when signed out. */
  stored: StoredSession | null;
  /** Who is signed in (null while loading or signed out). */
  me: SignedInUser | null;
  loading: boolean;
  /** Whether any of the user's roles carries the permission. */
  can(permission: string): boolean;
  /** Signs in; resolves with the session or rejects with the API's error. */
  login(username: string, password: string): Promise<StoredSession>;
  logout(): Promise<void>;
  store: SessionStore;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The GraphQL client and the signed-in user for everything below. A new client (and so an empty
 * cache) for every token: after one user signs out and another signs in on the same phone, nothing
 * of the first user's answers can show.
 */
export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const stored = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.get(),
  );
  const token = stored?.accessToken ?? null;
  const client = useMemo(() => createApiClient(store), [store, token]);
  return (
    <Provider value={client}>
      <SignedInUserProvider store={store} stored={stored}>
        {children}
      </SignedInUserProvider>
    </Provider>
  );
}

function SignedInUserProvider({
  store,
  stored,
  children,
}: {
  store: SessionStore;
  stored: StoredSession | null;
  children: ReactNode;
}) {
  const [meResult] = useQuery({ query: MeDocument, pause: !stored || stored.mustChangePassword });
  const [, loginMutation] = useMutation(LoginDocument);
  const [, logoutMutation] = useMutation(LogoutDocument);

  const me = stored ? (meResult.data?.me ?? null) : null;
  const permissions = useMemo(() => new Set<string>(me?.roles.flatMap((r) => r.permissions) ?? []), [me]);
  const can = useCallback((permission: string) => permissions.has(permission), [permissions]);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await loginMutation({ input: { username, password } });
      if (result.error || !result.data) throw result.error;
      const session = {
        accessToken: result.data.login.accessToken,
        mustChangePassword: result.data.login.mustChangePassword,
      };
      store.set(session);
      return session;
    },
    [loginMutation, store],
  );

  const logout = useCallback(async () => {
    // The server forgets the token (token_version); locally it is gone even if the network is down.
    await logoutMutation({}).catch(() => undefined);
    store.clear();
  }, [logoutMutation, store]);

  const value: Session = {
    stored,
    me,
    loading: Boolean(stored && !stored.mustChangePassword && !meResult.data && !meResult.error),
    can,
    login,
    logout,
    store,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
