import { Transform } from 'class-transformer';

/** Trims a string input before it is validated (names and codes typed by hand); other values pass through. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
