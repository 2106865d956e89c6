/**
 * A fresh idempotency key for one user action. The form keeps it until the API has answered, so a
 * retry after a dropped connection on a weak network sends the same key and is scored only once.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
