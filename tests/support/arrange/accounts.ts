import { ContextLoader, TokenService, UserAccountsService } from '@village/platform-auth';
import { Role } from '@village/platform-common';
import { OrgService, type OrgRef, type RequestContext } from '@village/platform-tenancy';
import type { TestApp } from '../test-app';
import { TEST_DEMO_PASSWORD } from '../test-env';
import { systemContext } from './system-context';
import { unique } from './unique';

export interface ArrangedUser {
  id: string;
  username: string;
  password: string;
  /** A bearer token, for the API. */
  token: string;
  /** The context a request of theirs gets, for calling services as them. */
  ctx: RequestContext;
}

/** A login account holding `role` at `unit`, created through the user accounts service. */
export async function arrangeUser(
  t: TestApp,
  unit: OrgRef,
  role: Role,
  options: { username?: string; displayName?: string } = {},
): Promise<ArrangedUser> {
  const system = systemContext(unit, Role.DISTRICT_ADMIN);
  const homeUnit = await t.app.get(OrgService).findOne(system, unit.id);
  const username = options.username ?? unique(`u-${role.toLowerCase()}-`);
  const user = await t.app.get(UserAccountsService).createUser(system, {
    username,
    displayName: options.displayName ?? username,
    password: TEST_DEMO_PASSWORD,
    homeUnit,
    role,
  });
  // The token the login mutation would issue, signed directly: the login path has suites of its own.
  const token = t.app.get(TokenService).sign({ sub: user.id, username, tokenVersion: user.tokenVersion });
  const ctx = await t.app.get(ContextLoader).forUserId(user.id);
  return { id: user.id, username, password: TEST_DEMO_PASSWORD, token, ctx };
}

/** An account that exists (a resident's login, a demo user), signed in through the API. */
export async function signedIn(t: TestApp, username: string, password: string): Promise<ArrangedUser> {
  const token = await t.login(username, password);
  const id = t.app.get(TokenService).verify(token).sub;
  return { id, username, password, token, ctx: await t.app.get(ContextLoader).forUserId(id) };
}

const townAdmins = new WeakMap<TestApp, Map<string, Promise<ArrangedUser>>>();

/**
 * A TOWN_ADMIN of `town`, made once per app: for the town's own acts that the services record as a
 * person's (publishing a manual, approving a village item).
 */
export function townAdminOf(t: TestApp, town: OrgRef): Promise<ArrangedUser> {
  let byTown = townAdmins.get(t);
  if (!byTown) townAdmins.set(t, (byTown = new Map()));
  let admin = byTown.get(town.id);
  if (!admin) byTown.set(town.id, (admin = arrangeUser(t, town, Role.TOWN_ADMIN)));
  return admin;
}
