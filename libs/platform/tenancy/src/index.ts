export * from './org/org-level.enum';
export * from './org/tenant-ref';
export * from './org/tenant-columns';
export * from './org/tenant-indexes';
export * from './org/org-unit.entity';
export * from './org/org.service';
export * from './org/dto/org-unit.type';
export * from './context/org-ref';
export * from './context/db-scope';
export * from './context/request-context';
export * from './context/ctx.decorator';
export * from './context/tenant-db.service';
export * from './context/audit-owner';
export * from './org/visible-unit';
export * from './tenancy.module';

import { OrgUnitEntity } from './org/org-unit.entity';
export const TENANCY_ENTITIES = [OrgUnitEntity];
