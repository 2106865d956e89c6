import { PayoutPlanEventEntity } from './payout-plan-event.entity';
import { PayoutPlanLineEntity } from './payout-plan-line.entity';
import { PayoutPlanEntity } from './payout-plan.entity';

export * from './payout-enums';
export * from './payout-lines';
export * from './payout.module';
export * from './payout.service';
export { PayoutPlanEntity, PayoutPlanEventEntity, PayoutPlanLineEntity };

export const PAYOUT_ENTITIES = [PayoutPlanEntity, PayoutPlanLineEntity, PayoutPlanEventEntity];
