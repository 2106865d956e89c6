import { createHash } from 'node:crypto';

/**
 * The town's review sample, deterministic-random: each candidate is ordered by a hash of the village,
 * the year and the candidate, so the same village and year always give the same order (a retry draws
 * the same people) while nobody in the village can choose who gets checked. The first `size` are drawn.
 */
export function drawSample(
  villageId: string,
  year: number,
  candidateIds: readonly string[],
  size: number,
): string[] {
  const key = (id: string) =>
    createHash('sha256').update(`appraisal-sample:${villageId}:${year}:${id}`).digest('hex');
  return [...new Set(candidateIds)]
    .map((id) => ({ id, key: key(id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, Math.max(0, size))
    .map((c) => c.id);
}
