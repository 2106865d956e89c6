import type { FieldError } from '@village/platform-common';

/**
 * When a representative assembly may adopt a year's scoring list: from 1 October of the year before
 * (next year's framework and manual are published in the autumn, and the assembly votes on the list
 * before the year starts) to 31 December of the year itself (a list adopted during the year applies
 * from then; after the year there is nothing left to score by it).
 */
export function adoptionWindow(year: number): { first: string; last: string } {
  return { first: `${year - 1}-10-01`, last: `${year}-12-31` };
}

/** The meeting has happened (not after today in China) and lies in the list year's window. */
export function meetingDateProblems(meetingDate: string, year: number, today: string): FieldError[] {
  const problems: FieldError[] = [];
  const add = (reason: string) => problems.push({ field: 'meetingDate', reasons: [reason] });
  if (meetingDate > today) add(`会议日期 ${meetingDate} 晚于今天（${today}），不能录入尚未召开的会议`);
  const { first, last } = adoptionWindow(year);
  if (meetingDate < first || meetingDate > last) {
    add(`${year} 年度清单的会议日期须在 ${first} 至 ${last} 之间，${meetingDate} 不在此范围内`);
  }
  return problems;
}
