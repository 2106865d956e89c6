import { VolunteerActivityEntity } from './volunteer-activity.entity';
import { VolunteerParticipationEntity } from './volunteer-participation.entity';

export { ActivitiesService } from './activities.service';
export { VolunteerActivityEntity, VolunteerParticipationEntity };

export const ACTIVITY_ENTITIES = [VolunteerActivityEntity, VolunteerParticipationEntity];
