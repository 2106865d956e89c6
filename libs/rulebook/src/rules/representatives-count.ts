import type { FieldError } from '@village/platform-common';

/**
 * The representatives an assembly reports in office must be the register's count on the meeting
 * date: the quorum of §26 is computed from it, so a made-up figure would make any vote pass. Where the
 * register is known to be incomplete (representatives not yet entered), the village states why.
 */
export function representativesCountProblems(
  reported: number,
  registered: number,
  meetingDate: string,
  reason: string | null | undefined,
): FieldError[] {
  if (reported === registered || (reason ?? '').trim().length > 0) return [];
  return [
    {
      field: 'representativesInOffice',
      reasons: [
        `填报在任村民代表 ${reported} 人，但本村名册中 ${meetingDate} 在任的村民代表为 ${registered} 人；请更正人数，或在 representativesCountReason 中说明原因`,
      ],
    },
  ];
}
