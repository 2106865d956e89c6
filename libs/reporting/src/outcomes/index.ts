import { OutcomeRecordEntity } from './outcome-record.entity';

export * from './outcome-enums';
export { OutcomesService } from './outcomes.service';
export { OutcomeRecordEntity };

export const OUTCOME_ENTITIES = [OutcomeRecordEntity];
