/** Settings the app gives the reporting module (apps/api/src/app.module.ts). */
export interface ReportingOptions {
  /** base64 of the 32-byte Ed25519 seed (NOTICE_SIGNING_KEY), or null to derive one from `tokenSecret`. */
  signingKey: string | null;
  tokenSecret: string;
  /** Public (login-free) requests per client address per minute. */
  publicRequestsPerMinute: number;
}

export const REPORTING_OPTIONS = Symbol('ReportingOptions');
