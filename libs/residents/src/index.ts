export * from './residents/resident-status.enum';
export * from './residents/resident.entity';
export * from './households/household.entity';
export * from './grids/grid.entity';

export * from './subject-roles/subject-role.entity';
export * from './subject-roles/role-holders';
export * from './status-changes/resident-status-change.entity';

import { GridEntity } from './grids/grid.entity';
import { HouseholdEntity } from './households/household.entity';
import { ResidentEntity } from './residents/resident.entity';
import { ResidentStatusChangeEntity } from './status-changes/resident-status-change.entity';
import { SubjectRoleEntity } from './subject-roles/subject-role.entity';
export const RESIDENTS_ENTITIES = [
  ResidentEntity,
  HouseholdEntity,
  GridEntity,
  SubjectRoleEntity,
  ResidentStatusChangeEntity,
];

export * from './residents.module';
export * from './pii/pii-cipher';
export * from './pii/id-number';
export * from './residents/resident.service';
export { ownResident } from './residents/own-resident';
export * from './residents/resident-list.sql';
export { ResidentImportService } from './import/resident-import.service';
export { ImportFormat } from './import/dto/import-residents.input';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import/import-limits';
