import { MeetingAttendanceEntity } from './meeting-attendance.entity';
import { MeetingEntity } from './meeting.entity';

export * from './meeting-enums';
export { MeetingsService } from './meetings.service';
export { MeetingAttendanceEntity, MeetingEntity };

export const MEETING_ENTITIES = [MeetingEntity, MeetingAttendanceEntity];
