import { payloadHash } from '@village/platform-common';

export interface PayoutSourceLine {
  residentId: string;
  residentName: string;
  periodCreditPoints: number;
  vetoed: boolean;
}

export interface PayoutLineDraft {
  residentId: string;
  residentName: string;
  basisPoints: number;
  amountCents: number;
  position: number;
}

/**
 * The plan's lines from a final tally: each resident's credit points of the period times the rate,
 * in whole fen (rounded half up). Nobody with a veto (一票否决) and nobody at or below zero points is
 * paid. Highest basis first, then by name, so the same tally and rate always give the same plan.
 */
export function payoutLines(source: readonly PayoutSourceLine[], centsPerPoint: number): PayoutLineDraft[] {
  return source
    .filter((line) => !line.vetoed && line.periodCreditPoints > 0)
    .map((line) => ({
      residentId: line.residentId,
      residentName: line.residentName,
      basisPoints: line.periodCreditPoints,
      amountCents: Math.round(line.periodCreditPoints * centsPerPoint),
    }))
    .sort(
      (a, b) =>
        b.basisPoints - a.basisPoints ||
        a.residentName.localeCompare(b.residentName, 'zh-Hans-CN') ||
        (a.residentId < b.residentId ? -1 : 1),
    )
    .map((line, index) => ({ ...line, position: index + 1 }));
}

export interface PayoutDigestInput {
  villageId: string;
  periodId: string;
  tallyId: string;
  centsPerPoint: number;
  lines: readonly PayoutLineDraft[];
}

/**
 * The digest a posted plan carries: SHA-256 over the canonical JSON (keys sorted, numbers as fixed
 * two-decimal strings for points and integers for fen) of the village, period, tally, rate and lines.
 */
export function payoutDigest(input: PayoutDigestInput): string {
  return payloadHash({
    villageId: input.villageId,
    periodId: input.periodId,
    tallyId: input.tallyId,
    centsPerPoint: input.centsPerPoint,
    lines: input.lines.map((line) => ({
      position: line.position,
      residentId: line.residentId,
      residentName: line.residentName,
      basisPoints: line.basisPoints.toFixed(2),
      amountCents: line.amountCents,
    })),
  });
}

export interface VoteCount {
  expected: number;
  present: number;
  inFavour: number;
}

/** A meeting's decision holds with two thirds of its members present and a majority of those present. */
export function votePasses(vote: VoteCount): boolean {
  return vote.present * 3 >= vote.expected * 2 && vote.inFavour * 2 > vote.present;
}
