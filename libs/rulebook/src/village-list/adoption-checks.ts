import { BadInputException, SubjectType, todayInChina } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { countRoleHoldersOn } from '@village/residents';
import { meetingDateProblems } from '../rules/meeting-date';
import { representativesCountProblems } from '../rules/representatives-count';
import type { ScoringListEntity } from './scoring-list.entity';

export interface AdoptionMeeting {
  meetingDate: string;
  representativesInOffice: number;
  representativesCountReason?: string | null;
}

/**
 * The facts of the assembly behind an adoption, against the calendar and the register: the meeting
 * has been held, in the window of the list's year, and the representatives it counted in office are
 * the register's (or the village says why not). Runs in the adoption's transaction, so the register is
 * read under the same row-level security.
 */
export async function assertAdoptionMeeting(
  tx: TenantTx,
  list: ScoringListEntity,
  year: number,
  meeting: AdoptionMeeting,
): Promise<void> {
  const dateProblems = meetingDateProblems(meeting.meetingDate, year, todayInChina());
  if (dateProblems.length) throw new BadInputException(dateProblems);
  const registered = await countRoleHoldersOn(
    tx,
    list.villageId,
    SubjectType.REPRESENTATIVE,
    meeting.meetingDate,
  );
  const countProblems = representativesCountProblems(
    meeting.representativesInOffice,
    registered,
    meeting.meetingDate,
    meeting.representativesCountReason,
  );
  if (countProblems.length) throw new BadInputException(countProblems);
}
