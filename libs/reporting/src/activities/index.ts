import { VolunteerActivityPhotoEntity } from './volunteer-activity-photo.entity';
import { VolunteerActivityEntity } from './volunteer-activity.entity';
import { VolunteerParticipationEntity } from './volunteer-participation.entity';

export { ActivitiesService } from './activities.service';
export { VolunteerActivityEntity, VolunteerActivityPhotoEntity, VolunteerParticipationEntity };

export const ACTIVITY_ENTITIES = [
  VolunteerActivityEntity,
  VolunteerParticipationEntity,
  VolunteerActivityPhotoEntity,
];
