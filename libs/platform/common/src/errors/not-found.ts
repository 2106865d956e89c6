import { NotFoundException } from './app.exception';

/**
 * A row the caller cannot see is answered like one that does not exist, naming the field that pointed
 * at it: row-level security makes the two indistinguishable, and the message must not tell them apart.
 */
export function notFound(field: string, what: string): NotFoundException {
  return new NotFoundException(`${field}：找不到该${what}，或您无权查看`);
}
