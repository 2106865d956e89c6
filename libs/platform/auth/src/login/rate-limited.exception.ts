import { AppException, beijingTimeOfDay, ErrorCode } from '@village/platform-common';

/** Too many failed logins from this address or for this username: refused before any password check. */
export class RateLimitedException extends AppException {
  constructor(
    readonly until: Date,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RATE_LIMITED, `登录尝试过于频繁，请于 ${beijingTimeOfDay(until)} 后再试`, [], {
      retryAfterSeconds,
    });
  }
}
