import { HonourEventEntity } from './honour-event.entity';
import { HonourListEntity } from './honour-list.entity';
import { HonourNominationEntity } from './honour-nomination.entity';
import { HonourTypeEntity } from './honour-type.entity';

export * from './honour-enums';
export * from './honour-eligibility';
export * from './honours.module';
export * from './honours.service';
export { HonourEventEntity, HonourListEntity, HonourNominationEntity, HonourTypeEntity };

export const HONOURS_ENTITIES = [
  HonourTypeEntity,
  HonourNominationEntity,
  HonourListEntity,
  HonourEventEntity,
];
