import type { FieldError } from '@village/platform-common';

export interface AdoptionVote {
  representativesInOffice: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstaining: number;
}

/**
 * 村民委员会组织法 §26: the villager representative assembly has a quorum when at least two
 * thirds of the representatives in office are present, and a decision needs the votes of more than
 * half of those present. Integer arithmetic, so a third never rounds the wrong way.
 */
export function adoptionVoteProblems(vote: AdoptionVote): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, reason: string) => problems.push({ field, reasons: [reason] });
  if (vote.representativesInOffice < 1) add('representativesInOffice', '在任村民代表人数必须大于 0');
  if (vote.present > vote.representativesInOffice) add('present', '到会人数不能超过在任村民代表人数');
  if (vote.present * 3 < vote.representativesInOffice * 2) {
    add(
      'present',
      `到会 ${vote.present} 人，不足在任村民代表 ${vote.representativesInOffice} 人的三分之二，会议不能作出决定`,
    );
  }
  if (vote.votesFor + vote.votesAgainst + vote.abstaining > vote.present) {
    add('votesFor', '赞成、反对、弃权票数之和不能超过到会人数');
  }
  if (vote.votesFor * 2 <= vote.present) {
    add('votesFor', `赞成 ${vote.votesFor} 票，未超过到会人数 ${vote.present} 人的半数，清单未获通过`);
  }
  return problems;
}
