import { Transform } from 'class-transformer';

/** Trims strings, and each string of an array, so blank clauses are caught by the validators. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value.trim()
    : Array.isArray(value)
      ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v))
      : value;

export const Trim = () => Transform(trim);

export const CLAUSE_MAX_LENGTH = 500;
export const MAX_CLAUSES = 50;
export const MAX_ITEM_CODES = 100;
