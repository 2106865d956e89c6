import { ValidateBy } from 'class-validator';
import { isCalendarDate } from '../pii/id-number';

/** A real calendar day as YYYY-MM-DD. */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => '日期格式应为 YYYY-MM-DD，且是真实日期',
    },
  });
}
