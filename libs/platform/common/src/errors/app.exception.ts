import { ErrorCode } from './error-code';

/** A field that failed validation and why, in words a cadre can act on. */
export interface FieldError {
  field: string;
  reasons: string[];
}

/**
 * Base of every exception a module throws on purpose. Modules subclass it (or use the helpers below);
 * the GraphQL filter turns it into a GraphQL error with `extensions.code`.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** More machine-readable facts for `extensions` (e.g. `retryAfterSeconds`); plain JSON values only. */
    readonly extensions: Record<string, string | number | boolean> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputException extends AppException {
  constructor(fields: FieldError[], message?: string) {
    super(
      ErrorCode.BAD_USER_INPUT,
      message ?? `输入有误：${fields.map((f) => `${f.field}（${f.reasons.join('；')}）`).join('，')}`,
      fields,
    );
  }

  static field(field: string, reason: string): BadInputException {
    return new BadInputException([{ field, reasons: [reason] }]);
  }
}

export class NotFoundException extends AppException {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

export class ForbiddenException extends AppException {
  constructor(message = '没有执行此操作的权限') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedException extends AppException {
  constructor(message = '请先登录') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ConflictException extends AppException {
  constructor(message: string, fields: FieldError[] = []) {
    super(ErrorCode.CONFLICT, message, fields);
  }
}
