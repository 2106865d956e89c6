import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputException, type FieldError } from '../errors/app.exception';

/** Flattens nested class-validator errors into `input.field.sub` paths. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, reasons: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/**
 * Validates every @Args input class; failures come back as BAD_USER_INPUT naming each field.
 * Unknown properties are refused rather than silently dropped.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputException(toFieldErrors(errors)),
  });
}
