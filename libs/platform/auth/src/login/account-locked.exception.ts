import { AppException, beijingTimeOfDay, ErrorCode } from '@village/platform-common';

/** Too many wrong passwords in a row for this account: locked until `until` (see AuthConfig.lockSeconds). */
export class AccountLockedException extends AppException {
  constructor(readonly until: Date) {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    super(
      ErrorCode.ACCOUNT_LOCKED,
      `密码连续输错次数过多，账号已锁定，请于 ${beijingTimeOfDay(until)}（北京时间）后再试，或联系管理员`,
      [],
      { retryAfterSeconds, lockedUntil: until.toISOString() },
    );
  }
}
