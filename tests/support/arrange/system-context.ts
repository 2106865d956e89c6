import { permissionsOf, type Role } from '@village/platform-common';
import { RequestContext, type OrgRef } from '@village/platform-tenancy';

/**
 * A context without a person, holding `roles` at `unit`: what the builders arrange data with, through
 * the services and the same row-level security as any request (as the demo seed does).
 */
export function systemContext(unit: OrgRef, ...roles: Role[]): RequestContext {
  return RequestContext.system(roles.map((role) => ({ role, permissions: permissionsOf(role), unit })));
}
