import type { PasswordPolicy } from './accounts/password-policy';

/** Settings of the auth module, read from the environment by the app (see README: configuration). */
export interface AuthConfig {
  jwtSecret: string;
  /** Token lifetime, in seconds; a token claiming a longer one is refused. */
  jwtTtlSeconds: number;
  /** Wrong passwords in a row that lock an account. */
  maxFailedLogins: number;
  /**
   * The first lock, in seconds. Each further wrong password after a lock ends locks again for twice as
   * long, up to `maxLockSeconds`; a successful login clears it all. Short at first, so an attacker who
   * knows a username keeps its owner out for a minute, not a quarter of an hour.
   */
  lockSeconds: number;
  maxLockSeconds: number;
  throttle: LoginThrottleConfig;
  /** scrypt cost as log2 N (15 in production: 32 MiB, ~0.1 s a hash; tests and quick seeds use 10). */
  passwordHashCost: number;
  /** Hashes computed at once by the process; more logins wait their turn. */
  passwordHashConcurrency: number;
  /** Applied to every password a person chooses or is given: new accounts, changes, resets. */
  passwordPolicy: PasswordPolicy;
}

/**
 * Failed logins counted per client address and per username in fixed windows, checked before any hash
 * is computed. Over the limit, attempts are refused (RATE_LIMITED) for `blockSeconds`, doubled for each
 * further block in a row, up to the rule's `maxBlockSeconds`; a window that ends without a block resets
 * the doubling.
 */
export interface LoginThrottleConfig {
  windowSeconds: number;
  blockSeconds: number;
  /**
   * How long a refusal waits before it is answered. A client that waits for each answer, as
   * brute-force tools do, then sends at most one attempt a second per connection instead of flooding
   * the server with cheap refusals; the wait costs a timer, not a thread or a connection to the database.
   */
  refusalDelayMs: number;
  perAddress: LoginThrottleRule;
  perUsername: LoginThrottleRule;
}

export interface LoginThrottleRule {
  /** Failed (or still running) attempts allowed in one window. */
  maxFailures: number;
  maxBlockSeconds: number;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
