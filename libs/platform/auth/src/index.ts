export * from './auth.config';
export * from './auth.module';
export * from './users/user.entity';
export * from './users/role-assignment.entity';
export * from './users/user-accounts.service';
export * from './audit/audit-log.entity';
export * from './audit/audit.service';
export * from './login/password-hasher';
export { MAX_SCRYPT_COST, MIN_SCRYPT_COST } from './login/scrypt-hash';
export * from './login/token.service';
export * from './login/login.service';
export * from './login/login-throttle';
export * from './login/refusal-tally';
export * from './guard/context-loader.service';

import { AuditLogEntity } from './audit/audit-log.entity';
import { RoleAssignmentEntity } from './users/role-assignment.entity';
import { UserEntity } from './users/user.entity';
export const AUTH_ENTITIES = [UserEntity, RoleAssignmentEntity, AuditLogEntity];
