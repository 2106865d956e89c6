import { registerLabelledEnum, SubjectType } from '@village/platform-common';

/** The meetings a village holds (DOMAIN.md §12): 三会一课, the representative meeting, the assembly. */
export enum MeetingType {
  PARTY_GENERAL = 'PARTY_GENERAL',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  PARTY_GROUP = 'PARTY_GROUP',
  PARTY_LECTURE = 'PARTY_LECTURE',
  REPRESENTATIVE = 'REPRESENTATIVE',
  ASSEMBLY = 'ASSEMBLY',
}

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  PARTY_GENERAL: '支部党员大会',
  PARTY_COMMITTEE: '支部委员会',
  PARTY_GROUP: '党小组会',
  PARTY_LECTURE: '党课',
  REPRESENTATIVE: '村民代表会议',
  ASSEMBLY: '村民会议',
};

/** Who is expected: the holders of this subject role on the day (null: every active resident). */
export const EXPECTED_SUBJECT: Record<MeetingType, SubjectType | null> = {
  PARTY_GENERAL: SubjectType.PARTY_MEMBER,
  PARTY_COMMITTEE: SubjectType.PARTY_MEMBER,
  PARTY_GROUP: SubjectType.PARTY_MEMBER,
  PARTY_LECTURE: SubjectType.PARTY_MEMBER,
  REPRESENTATIVE: SubjectType.REPRESENTATIVE,
  ASSEMBLY: null,
};

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: '出席',
  EXCUSED: '请假',
  ABSENT: '无故缺席',
};

/** Unexcused absences in a row from representative meetings that open a rectification case. */
export const ABSENCES_IN_A_ROW = 3;

registerLabelledEnum(MeetingType, 'MeetingType', '会议类型', MEETING_TYPE_LABELS);
registerLabelledEnum(AttendanceStatus, 'AttendanceStatus', '出勤情况', ATTENDANCE_LABELS);
