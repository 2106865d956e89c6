/** Settings of the auth module, read from the environment by the app (see README: configuration). */
export interface AuthConfig {
  jwtSecret: string;
  /** Token lifetime, in seconds. */
  jwtTtlSeconds: number;
  /** Wrong passwords in a row that lock an account. */
  maxFailedLogins: number;
  lockMinutes: number;
  bcryptRounds: number;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
