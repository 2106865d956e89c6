export * from './colour/contract-colour.enum';
export * from './templates/template-status.enum';
export * from './templates/template-merge';
export * from './templates/contract-template.entity';
export * from './templates/effective-template';
export * from './templates/contract-template.service';
export * from './contracts/contract-status.enum';
export * from './contracts/contract.entity';
export * from './contracts/contract-event.entity';
export * from './contracts/eligibility';
export * from './contracts/contract-drafts';
export * from './contracts/contract-lifecycle';
export * from './contracts/contract.service';
export * from './contracts.module';

import { ContractEventEntity } from './contracts/contract-event.entity';
import { ContractEntity } from './contracts/contract.entity';
import { ContractTemplateEntity } from './templates/contract-template.entity';
export const CONTRACTS_ENTITIES = [ContractTemplateEntity, ContractEntity, ContractEventEntity];
