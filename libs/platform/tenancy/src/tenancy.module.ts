import { Global, Module } from '@nestjs/common';
import { TenantDb } from './context/tenant-db.service';
import { OrgResolver } from './org/org.resolver';
import { OrgService } from './org/org.service';

@Global()
@Module({
  providers: [TenantDb, OrgService, OrgResolver],
  exports: [TenantDb, OrgService],
})
export class TenancyModule {}
