import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ArgumentHygieneInterceptor } from '@village/platform-common';
import { AUTH_CONFIG, type AuthConfig } from './auth.config';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditQueryService } from './audit/audit-query.service';
import { AuditService } from './audit/audit.service';
import { AuthResolver } from './auth.resolver';
import { AccessGuard } from './guard/access.guard';
import { ContextLoader } from './guard/context-loader.service';
import { AccountLockout } from './login/account-lockout';
import { LoginService } from './login/login.service';
import { LoginThrottle } from './login/login-throttle';
import { RefusalTally } from './login/refusal-tally';
import { limitConcurrentHashing } from './login/password-hasher';
import { TokenService } from './login/token.service';
import { UserAccountsService } from './users/user-accounts.service';
import { AccountListService } from './accounts/account-list.service';
import { AccountStateService } from './accounts/account-state.service';
import { AccountsResolver } from './accounts/accounts.resolver';
import { OwnAccountService } from './accounts/own-account.service';
import { RoleGrantsService } from './accounts/role-grants.service';
import { StaffAccountsService } from './accounts/staff-accounts.service';

/** Login, request contexts, the deny-by-default guard and the audit log. */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    // Process-wide, like the thread pool the hashes run on.
    limitConcurrentHashing(config.passwordHashConcurrency);
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        TokenService,
        LoginService,
        LoginThrottle,
        AccountLockout,
        RefusalTally,
        ContextLoader,
        AuditService,
        AuditQueryService,
        UserAccountsService,
        AuthResolver,
        AccountListService,
        AccountStateService,
        OwnAccountService,
        RoleGrantsService,
        StaffAccountsService,
        AccountsResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        // After the audit interceptor, so it runs inside the operation and a refusal is audited.
        { provide: APP_INTERCEPTOR, useClass: ArgumentHygieneInterceptor },
      ],
      exports: [AUTH_CONFIG, AuditService, TokenService, UserAccountsService, ContextLoader],
    };
  }
}
