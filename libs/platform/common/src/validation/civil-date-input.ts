import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCivilDate } from '../dates/civil-date';

/** A calendar date 'YYYY-MM-DD' that exists (2026-02-30 does not). */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDate',
      validator: { validate: (value: unknown) => typeof value === 'string' && isCivilDate(value) },
    },
    { message: '必须是有效日期（YYYY-MM-DD）', ...options },
  );
}
