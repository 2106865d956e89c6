import { SetMetadata } from '@nestjs/common';
import { AppException, ErrorCode } from '@village/platform-common';

export const BEFORE_PASSWORD_CHANGE_KEY = 'village:before-password-change';

/**
 * The operation stays open to a caller who signed in with a one-time password and has not changed it
 * yet (me, changePassword, logout); every other operation refuses them until they do.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

/** FORBIDDEN with `extensions.passwordChangeRequired`, so a client knows to show the change form. */
export class PasswordChangeRequiredException extends AppException {
  constructor() {
    super(ErrorCode.FORBIDDEN, '请先修改管理员设置的临时密码（changePassword），再进行其他操作', [], {
      passwordChangeRequired: true,
    });
  }
}
