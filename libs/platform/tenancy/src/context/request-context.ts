import { ForbiddenException, UnauthenticatedException } from '@village/platform-common';
import type { TenantRef } from '../org/tenant-ref';
import { RequestLoaders } from './request-loaders';
import type { TenantTx } from './tenant-tx';
import { EMPTY_SCOPE, scopeOfUnits, type DbScope } from './db-scope';
import { covers, type OrgRef } from './org-ref';

export interface ContextUser {
  id: string;
  username: string;
  displayName: string;
}

/** A role held at an org unit, with the permissions the role brings. */
export interface Grant {
  role: string;
  permissions: ReadonlySet<string>;
  unit: OrgRef;
}

/**
 * Who is asking and what they may reach, built once per request by the auth guard and passed
 * explicitly (`@Ctx()`) to every service call. Anonymous contexts have an empty scope: whatever they
 * query through the tenant database runner sees no tenant rows. Each mutation field runs under a
 * context of its own (`forOperation`), so what one operation records for its audit row never leaks
 * into the next operation of the same request.
 */
export class RequestContext {
  /** The unit this operation acted on, for the audit log; services set it when they know it. */
  auditTarget: OrgRef | null = null;
  /** Facts a service adds to this operation's audit row, such as the value a rename replaced. */
  auditDetail: Record<string, unknown> = {};
  /** Batches the relation fields of this request ask for (one query per relation, not per row). */
  readonly loaders = new RequestLoaders();
  #operationTx: TenantTx | null = null;

  private constructor(
    readonly user: ContextUser | null,
    readonly grants: readonly Grant[],
    readonly clientIp: string | null,
    private readonly scope: DbScope,
  ) {}

  static anonymous(clientIp: string | null = null): RequestContext {
    return new RequestContext(null, [], clientIp, EMPTY_SCOPE);
  }

  static forUser(
    user: ContextUser,
    grants: readonly Grant[],
    clientIp: string | null = null,
  ): RequestContext {
    return new RequestContext(
      user,
      grants,
      clientIp,
      scopeOfUnits(
        grants.map((g) => g.unit),
        user.id,
      ),
    );
  }

  /**
   * A context without a person, for start-up jobs such as seeding demo data. It reaches exactly the
   * units given, through the same row-level security as any request.
   */
  static system(grants: readonly Grant[]): RequestContext {
    return new RequestContext(null, grants, null, scopeOfUnits(grants.map((g) => g.unit)));
  }

  /** The same caller for one operation (one mutation field): its own audit facts and transaction. */
  forOperation(): RequestContext {
    return new RequestContext(this.user, this.grants, this.clientIp, this.scope);
  }

  /** The transaction opened around this operation, which its work joins; null outside one. */
  get operationTx(): TenantTx | null {
    return this.#operationTx?.isOpen ? this.#operationTx : null;
  }

  /** For TenantDb alone: binds (or, with null, unbinds) the operation's transaction. */
  bindOperationTx(tx: TenantTx | null): void {
    this.#operationTx = tx;
  }

  get isAuthenticated(): boolean {
    return this.user !== null;
  }

  requireUser(): ContextUser {
    if (!this.user) throw new UnauthenticatedException();
    return this.user;
  }

  get dbScope(): DbScope {
    return this.scope;
  }

  hasPermission(permission: string): boolean {
    return this.grants.some((g) => g.permissions.has(permission));
  }

  /** Whether some role carrying `permission` was granted at `target` or above it. */
  can(permission: string, target: TenantRef): boolean {
    return this.grants.some((g) => g.permissions.has(permission) && covers(g.unit, target));
  }

  assertCan(permission: string, target: TenantRef & { name?: string }): void {
    if (!this.can(permission, target)) {
      throw new ForbiddenException(target.name ? `无权对「${target.name}」执行此操作` : '无权执行此操作');
    }
  }

  /** The unit to record for this request in the audit log when no service named one. */
  get primaryUnit(): OrgRef | null {
    return this.auditTarget ?? this.grants[0]?.unit ?? null;
  }
}
