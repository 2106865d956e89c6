import { createHash } from 'node:crypto';
// Sorted keys also make jsonb read back from PostgreSQL (which reorders keys) hash alike.
import { stableJson } from '../ledger/ledger-hash';

/** The header fields a tally's content hash covers. */
export interface HashedTally {
  villageId: string;
  periodId: string;
  periodKind: string;
  year: number;
  number: number;
  version: number;
  windowStartsOn: string;
  windowEndsOn: string;
  periodStartsOn: string;
  ledgerSeq: number;
  ledgerAnchorHash: string;
  rules: object;
}

/** The line fields covered (ids excluded: the content is what was posted). */
export interface HashedLine {
  residentId: string;
  residentName: string;
  subjectTypes: readonly string[];
  probationary: boolean;
  creditPoints: number;
  creditScore: number;
  periodCreditPoints: number;
  roleDutyPoints: number | null;
  roleDutyScore: number | null;
  periodRoleDutyPoints: number | null;
  rankGroup: string;
  rank: number;
  vetoed: boolean;
  evaluation: object | null;
}

const fixed = (value: number | null): string | null => (value === null ? null : Number(value).toFixed(2));

function canonicalLine(l: HashedLine): string {
  return stableJson([
    l.residentId,
    l.residentName,
    [...l.subjectTypes],
    l.probationary,
    fixed(l.creditPoints),
    fixed(l.creditScore),
    fixed(l.periodCreditPoints),
    fixed(l.roleDutyPoints),
    fixed(l.roleDutyScore),
    fixed(l.periodRoleDutyPoints),
    l.rankGroup,
    l.rank,
    l.vetoed,
    l.evaluation,
  ]);
}

/** SHA-256 over the header and the lines ordered by resident id. */
export function tallyContentHash(tally: HashedTally, lines: readonly HashedLine[]): string {
  const hash = createHash('sha256');
  hash.update(
    stableJson([
      tally.villageId,
      tally.periodId,
      tally.periodKind,
      tally.year,
      tally.number,
      tally.version,
      tally.windowStartsOn,
      tally.windowEndsOn,
      tally.periodStartsOn,
      String(tally.ledgerSeq),
      tally.ledgerAnchorHash,
      tally.rules,
    ]),
  );
  for (const line of [...lines].sort((a, b) => (a.residentId < b.residentId ? -1 : 1))) {
    hash.update('\n');
    hash.update(canonicalLine(line));
  }
  return hash.digest('hex');
}
