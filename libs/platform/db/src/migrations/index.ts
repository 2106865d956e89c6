import { PlatformSchema1795816311130 } from './1795816311130-platform-schema';
import { PlatformRowLevelSecurity1795816311131 } from './1795816311131-platform-row-level-security';
import { ScopeAbove1795817000000 } from './1795817000000-scope-above';
import { RlsScopeInitplan1795829500121 } from './1795829500121-rls-scope-initplan';
import { RequestContextFunction1795832000000 } from './1795832000000-request-context-function';
import { LoginThrottle1796133646242 } from './1796133646242-login-throttle';
import { AccountState1796140000000 } from './1796140000000-account-state';
import { RequestContextSessions1796140000001 } from './1796140000001-request-context-sessions';
import { StoreClerkRole1796500000002 } from './1796500000002-store-clerk-role';
import { SupervisorRole1796500003000 } from './1796500003000-supervisor-role';

// The platform's migrations: the org tree, accounts, the audit log and the row-level-security functions every lib's policies use.
// The composition root (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them in timestamp order.
export const PLATFORM_MIGRATIONS: (new () => object)[] = [
  PlatformSchema1795816311130,
  PlatformRowLevelSecurity1795816311131,
  ScopeAbove1795817000000,
  RlsScopeInitplan1795829500121,
  RequestContextFunction1795832000000,
  LoginThrottle1796133646242,
  AccountState1796140000000,
  RequestContextSessions1796140000001,
  StoreClerkRole1796500000002,
  SupervisorRole1796500003000,
];
