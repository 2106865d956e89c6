import type { ValueTransformer } from 'typeorm';

/** numeric columns come back from pg as strings; points are small decimals, safe as JS numbers. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};

/** numeric[] columns come back as arrays of strings (or null). */
export const NUMERIC_ARRAY: ValueTransformer = {
  to: (value: number[] | null | undefined) => value,
  from: (value: string[] | null) => (value === null || value === undefined ? null : value.map(Number)),
};
