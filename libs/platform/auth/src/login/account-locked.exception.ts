import { AppException, ErrorCode } from '@village/platform-common';

export class AccountLockedException extends AppException {
  constructor(readonly until: Date) {
    super(
      ErrorCode.ACCOUNT_LOCKED,
      `密码连续输错次数过多，账号已锁定，请于 ${until.toISOString()} 之后再试，或联系管理员`,
    );
  }
}
