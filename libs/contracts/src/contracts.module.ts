import { Module } from '@nestjs/common';
import { ContractResolver } from './contracts/contract.resolver';
import { ContractService } from './contracts/contract.service';
import { ContractTemplateResolver } from './templates/contract-template.resolver';
import { ContractTemplateService } from './templates/contract-template.service';

/** The five-colour contracts: templates from the district and towns, yearly contracts in villages. */
@Module({
  providers: [ContractTemplateService, ContractTemplateResolver, ContractService, ContractResolver],
  exports: [ContractTemplateService, ContractService],
})
export class ContractsModule {}
