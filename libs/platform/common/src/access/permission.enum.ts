import { registerEnumType } from '@nestjs/graphql';

/** What an operation needs. Every query and mutation names one (see @Allow); roles map to sets of these. */
export enum Permission {
  /** Any signed-in user: read their own account. */
  SELF = 'SELF',
  ORG_READ = 'ORG_READ',
  TOWN_CREATE = 'TOWN_CREATE',
  VILLAGE_CREATE = 'VILLAGE_CREATE',
  ORG_UPDATE = 'ORG_UPDATE',
  USER_READ = 'USER_READ',
  USER_MANAGE = 'USER_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
}

registerEnumType(Permission, { name: 'Permission', description: '操作权限' });
