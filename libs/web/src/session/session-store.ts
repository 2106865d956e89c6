/**
 * Where a signed-in browser keeps its access token. The API issues one token per login with a fixed
 * lifetime and no refresh: when it runs out the user signs in again (client.ts sends them to the
 * login page with the page they were on). Each app keeps its own key, so a cadre and a villager can
 * be signed in side by side on one shared office computer.
 */
export interface StoredSession {
  accessToken: string;
  mustChangePassword: boolean;
}

export class SessionStore {
  private listeners = new Set<() => void>();
  private cached: StoredSession | null | undefined;

  constructor(
    private readonly key: string,
    private readonly storage: Storage = window.localStorage,
  ) {}

  get(): StoredSession | null {
    if (this.cached === undefined) this.cached = this.read();
    if (this.cached && tokenExpired(this.cached.accessToken)) this.clear();
    return this.cached;
  }

  set(session: StoredSession): void {
    this.cached = session;
    this.storage.setItem(this.key, JSON.stringify(session));
    this.emit();
  }

  clear(): void {
    if (this.cached === null) return;
    this.cached = null;
    this.storage.removeItem(this.key);
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private read(): StoredSession | null {
    try {
      const parsed = JSON.parse(this.storage.getItem(this.key) ?? 'null') as StoredSession | null;
      return parsed && typeof parsed.accessToken === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }
}

/** The token's own expiry (JWT `exp`, seconds); an unreadable token counts as expired. */
export function tokenExpired(token: string, nowMs = Date.now()): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: number;
    };
    return typeof payload.exp !== 'number' || payload.exp * 1000 <= nowMs;
  } catch {
    return true;
  }
}
