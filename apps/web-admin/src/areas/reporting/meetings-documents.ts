import { graphql } from '@village/web/graphql';

export const MeetingsDocument = graphql(`
  query ReportingMeetings($villageId: ID!, $year: Int!) {
    meetings(villageId: $villageId, year: $year) {
      id
      type
      title
      heldOn
      place
      status
      absenceItemCode
    }
  }
`);

export const MeetingDocument = graphql(`
  query ReportingMeeting($id: ID!) {
    meeting(id: $id) {
      id
      type
      title
      heldOn
      place
      agenda
      status
      minutes
      absenceItemCode
      presenceItemCode
      expectedAttendees {
        residentId
        residentName
      }
      attendance {
        residentId
        residentName
        status
        excuseReason
        declarationId
      }
    }
  }
`);

export const CreateMeetingDocument = graphql(`
  mutation ReportingCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const RecordMeetingDocument = graphql(`
  mutation ReportingRecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      id
      status
    }
  }
`);

export const MEETING_TYPE_LABELS: Record<string, string> = {
  PARTY_GENERAL: '支部党员大会',
  PARTY_COMMITTEE: '支部委员会',
  PARTY_GROUP: '党小组会',
  PARTY_LECTURE: '党课',
  REPRESENTATIVE: '村民代表会议',
  ASSEMBLY: '村民会议',
};

export const ATTENDANCE_LABELS: Record<string, string> = {
  PRESENT: '出席',
  EXCUSED: '请假',
  ABSENT: '无故缺席',
};

export const MeetingAttendanceRatesDocument = graphql(`
  query ReportingMeetingAttendanceRates($villageId: ID!, $year: Int!) {
    meetingAttendanceRates(villageId: $villageId, year: $year) {
      type
      quarter
      meetings
      expected
      present
      rate
    }
  }
`);
