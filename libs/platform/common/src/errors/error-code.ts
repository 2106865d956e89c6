/**
 * Every error the API returns carries one of these codes in `extensions.code`, so clients can react
 * without parsing the (Chinese) message.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** Too many failed logins from one address or for one username: wait (`extensions.retryAfterSeconds`). */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The request ran past its time budget (REQUEST_TIMEOUT_MS); a mutation's outcome is then unknown. */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
}
