import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '@village/platform-common';
import { graphql } from '../support/generated';
import {
  CHANGE_PASSWORD,
  CREATE_STAFF_ACCOUNT,
  DISABLE_ACCOUNT,
  ENABLE_ACCOUNT,
  GRANT_ROLE,
  LOGOUT,
  RESET_PASSWORD,
  REVOKE_ROLE,
  SIGN_IN,
  UNLOCK_ACCOUNT,
  USERS,
} from '../support/documents/accounts';
import { CREATE_GRID } from '../support/documents/residents';
import { CREATE_SCORING_LIST } from '../support/documents/rulebook';
import {
  arrangeUser,
  idNumberFor,
  nextNumber,
  orgUnits,
  unique,
  type ArrangedUser,
} from '../support/arrange';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import { TEST_DEMO_PASSWORD } from '../support/test-env';
import type { OrgRef } from '@village/platform-tenancy';

const CREATE_VILLAGE = graphql(`
  mutation AccountsCreateVillage($input: CreateVillageInput!) {
    createVillage(input: $input) {
      id
      name
    }
  }
`);

const CREATE_RESIDENT = graphql(`
  mutation AccountsCreateResident($input: CreateResidentInput!) {
    createResident(input: $input) {
      id
    }
  }
`);

const ME = graphql(`
  query AccountsMe {
    me {
      username
      roles {
        role
        orgUnit {
          name
        }
      }
    }
  }
`);

const NEW_PASSWORD = 'Xincun#2026';

/** The field names a BAD_USER_INPUT refusal names. */
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

/**
 * Accounts and roles through the API: who may create accounts and give roles where (GRANTABLE_ROLES),
 * separation of duties, one-time passwords, and changes that take effect on an existing token's next
 * request.
 */
describe('accounts and roles', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let songcun: string;
  let wendeng: string;

  beforeAll(async () => {
    t = await startTestApp();
    units = await orgUnits(t);
    songcun = await t.login('songcun-admin');
    wendeng = await t.login('wendeng-admin');
  });
  afterAll(() => t.close());

  const signIn = (username: string, password: string) => t.gql(SIGN_IN, { input: { username, password } });
  const auditRows = (operation: string, userId: string) =>
    t.db.adminQuery<{ outcome: string; detail: Record<string, unknown> }>(
      `SELECT outcome, detail FROM audit_log WHERE operation = $1 AND detail->>'userId' = $2`,
      [operation, userId],
    );

  it('a town admin opens a village and its admin, who must change the one-time password, then works there', async () => {
    const village = expectOk(
      await t.gql(
        CREATE_VILLAGE,
        { input: { townId: units['宋村镇'].id, code: unique('V'), name: unique('新村') } },
        songcun,
      ),
    ).createVillage;
    const username = unique('xincun-admin-');
    const created = expectOk(
      await t.gql(
        CREATE_STAFF_ACCOUNT,
        { input: { unitId: village.id, role: 'VILLAGE_ADMIN', username, displayName: '新村管理员' } },
        songcun,
      ),
    ).createStaffAccount;
    expect(created.account).toMatchObject({
      username,
      mustChangePassword: true,
      lastLoginAt: null,
      disabled: false,
    });
    expect(created.account.roles.map((r) => [r.role, r.orgUnit.name])).toEqual([
      ['VILLAGE_ADMIN', village.name],
    ]);
    const otp = created.oneTimePassword as string;
    expect(otp).toMatch(/^\S{12}$/);
    // Audited as any mutation, and the password appears nowhere in the row.
    const [audit] = await auditRows('createStaffAccount', created.account.id);
    expect(audit.outcome).toBe('SUCCESS');
    expect(JSON.stringify(audit.detail)).not.toContain(otp);

    const first = expectOk(await signIn(username, otp)).login;
    expect(first.mustChangePassword).toBe(true);
    // Until the password is changed, the token opens me and changePassword only.
    expect(expectOk(await t.gql(ME, {}, first.accessToken)).me.username).toBe(username);
    const early = await t.gql(
      CREATE_GRID,
      { input: { villageId: village.id, code: 'G1', name: '一网格' } },
      first.accessToken,
    );
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors?.[0].extensions).toMatchObject({ passwordChangeRequired: true });
    const evidence = await request(t.app.getHttpServer())
      .get(`/files/evidence/${randomUUID()}`)
      .set('authorization', `Bearer ${first.accessToken}`);
    expect(evidence.status).toBe(403); // nor does it download evidence

    const weak = await t.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: otp, newPassword: 'abcdefgh' } },
      first.accessToken,
    );
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(weak)).toEqual(['newPassword']);
    const wrong = await t.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'Wrong#2026x', newPassword: NEW_PASSWORD } },
      first.accessToken,
    );
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    const changed = expectOk(
      await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: otp, newPassword: NEW_PASSWORD } },
        first.accessToken,
      ),
    ).changePassword;
    expect(changed.mustChangePassword).toBe(false);
    // The one-time password's token is retired; the new one works everywhere the role reaches.
    expect(errorCode(await t.gql(ME, {}, first.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signIn(username, otp))).toBe('UNAUTHENTICATED');
    const token = expectOk(await signIn(username, NEW_PASSWORD)).login.accessToken;

    const grid = expectOk(
      await t.gql(CREATE_GRID, { input: { villageId: village.id, code: 'G1', name: '一网格' } }, token),
    ).createGrid;
    expectOk(
      await t.gql(
        CREATE_RESIDENT,
        {
          input: {
            villageId: village.id,
            gridId: grid.id,
            name: '新村民',
            gender: 'MALE',
            birthDate: '1970-03-04',
            idNumber: idNumberFor('1970-03-04', 2 * nextNumber() + 1),
          },
        },
        token,
      ),
    );
    expectOk(await t.gql(CREATE_SCORING_LIST, { villageId: village.id }, token));

    const listed = expectOk(await t.gql(USERS, { unitId: village.id, limit: 20 }, songcun)).users;
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      username,
      mustChangePassword: false,
      locked: false,
      disabled: false,
    });
    expect(listed.items[0].lastLoginAt).not.toBeNull();
  });

  it('refuses weak passwords naming the field', async () => {
    const username = unique('weak-');
    const create = (password: string) =>
      t.gql(
        CREATE_STAFF_ACCOUNT,
        {
          input: { unitId: units['大泽头村'].id, role: 'SCORER', username, displayName: '评分员', password },
        },
        songcun,
      );
    for (const password of ['Ab1#', 'abcdefgh12', `X#${username}`]) {
      const res = await create(password);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['password']);
    }
    expect((await create('abcdefgh12')).errors?.[0].extensions?.fields?.[0].reasons).toEqual([
      '密码须包含大写字母、小写字母、数字、其他符号中的至少 3 类',
    ]);
    // A password the administrator chose is still to be changed at the first login.
    const ok = expectOk(await create('Pingfen#2026')).createStaffAccount;
    expect(ok.oneTimePassword).toBeNull();
    expect(expectOk(await signIn(username, 'Pingfen#2026')).login.mustChangePassword).toBe(true);
  });

  it('a village admin gives village roles in their village only, never a town role or a peer', async () => {
    const village = units['大泽头村'];
    const admin = await t.login('dazetou-admin');
    const staff = await arrangeUser(t, village, Role.SCORER);
    expectOk(
      await t.gql(
        GRANT_ROLE,
        { input: { userId: staff.id, role: 'GRID_LEADER', unitId: village.id } },
        admin,
      ),
    );
    const town = await t.gql(
      GRANT_ROLE,
      { input: { userId: staff.id, role: 'TOWN_ADMIN', unitId: units['宋村镇'].id } },
      admin,
    );
    expect(errorCode(town)).toBe('FORBIDDEN');
    const peer = await t.gql(
      GRANT_ROLE,
      { input: { userId: staff.id, role: 'VILLAGE_ADMIN', unitId: village.id } },
      admin,
    );
    expect(errorCode(peer)).toBe('FORBIDDEN');
    // Another village, of this town or another: not found, as row-level security makes it.
    for (const other of ['侯家庵村', '宋村村']) {
      const unit = units[other];
      const res = await t.gql(
        GRANT_ROLE,
        { input: { userId: staff.id, role: 'SCORER', unitId: unit.id } },
        admin,
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(USERS, { unitId: unit.id, limit: 5 }, admin))).toBe('NOT_FOUND');
      const create = await t.gql(
        CREATE_STAFF_ACCOUNT,
        { input: { unitId: unit.id, role: 'SCORER', username: unique('x-'), displayName: 'x' } },
        admin,
      );
      expect(errorCode(create)).toBe('NOT_FOUND');
    }
    // Accounts of another village cannot be reached at all.
    const elsewhere = await arrangeUser(t, units['侯家庵村'], Role.SCORER);
    for (const doc of [DISABLE_ACCOUNT, ENABLE_ACCOUNT, UNLOCK_ACCOUNT, RESET_PASSWORD] as const) {
      expect(errorCode(await t.gqlLoose(doc, { userId: elsewhere.id }, admin))).toBe('NOT_FOUND');
    }
    const foreignGrant = expectOk(
      await t.gql(USERS, { unitId: units['侯家庵村'].id, limit: 50 }, wendeng),
    ).users.items.find((u) => u.id === elsewhere.id)?.roles[0].id as string;
    expect(errorCode(await t.gql(REVOKE_ROLE, { assignmentId: foreignGrant }, admin))).toBe('NOT_FOUND');
    // Nor the town's own accounts, nor a fellow village admin's.
    const colleague = await arrangeUser(t, village, Role.VILLAGE_ADMIN);
    expect(errorCode(await t.gql(RESET_PASSWORD, { userId: colleague.id }, admin))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DISABLE_ACCOUNT, { userId: colleague.id }, admin))).toBe('FORBIDDEN');
  });

  it("a town admin reaches neither another town's units nor its accounts", async () => {
    const other = units['侯家庵村'];
    expect(errorCode(await t.gql(USERS, { unitId: other.id, limit: 5 }, songcun))).toBe('NOT_FOUND');
    const foreign = await arrangeUser(t, other, Role.SCORER);
    const grant = await t.gql(
      GRANT_ROLE,
      { input: { userId: foreign.id, role: 'GRID_LEADER', unitId: units['大泽头村'].id } },
      songcun,
    );
    expect(errorCode(grant)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RESET_PASSWORD, { userId: foreign.id }, songcun))).toBe('NOT_FOUND');
    // The district above both reaches it.
    expect(
      expectOk(await t.gql(UNLOCK_ACCOUNT, { userId: foreign.id }, wendeng)).unlockAccount.username,
    ).toBe(foreign.username);
  });

  it('separates the auditor from every admin role, in either order (三员分立)', async () => {
    const auditor = await arrangeUser(t, units['文登区'], Role.AUDITOR);
    const made = await t.gql(
      GRANT_ROLE,
      { input: { userId: auditor.id, role: 'VILLAGE_ADMIN', unitId: units['大泽头村'].id } },
      wendeng,
    );
    expect(errorCode(made)).toBe('CONFLICT');
    expect(fieldsOf(made)).toEqual(['role']);
    const townAdmin = await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN);
    const audits = await t.gql(
      GRANT_ROLE,
      { input: { userId: townAdmin.id, role: 'AUDITOR', unitId: units['宋村镇'].id } },
      wendeng,
    );
    expect(errorCode(audits)).toBe('CONFLICT');
    // Only the district gives the auditor's role: a town does not choose who audits it.
    const staff = await arrangeUser(t, units['大泽头村'], Role.SCORER);
    const byTown = await t.gql(
      GRANT_ROLE,
      { input: { userId: staff.id, role: 'AUDITOR', unitId: units['宋村镇'].id } },
      songcun,
    );
    expect(errorCode(byTown)).toBe('FORBIDDEN');
  });

  it('nobody grants, revokes or manages for themselves', async () => {
    const me = expectOk(
      await t.gql(USERS, { unitId: units['宋村镇'].id, limit: 100 }, songcun),
    ).users.items.find((u) => u.username === 'songcun-admin');
    const id = me?.id as string;
    const self = await t.gql(
      GRANT_ROLE,
      { input: { userId: id, role: 'VILLAGE_ADMIN', unitId: units['大泽头村'].id } },
      songcun,
    );
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REVOKE_ROLE, { assignmentId: me?.roles[0].id as string }, songcun))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(RESET_PASSWORD, { userId: id }, songcun))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DISABLE_ACCOUNT, { userId: id }, songcun))).toBe('FORBIDDEN');
    const [denied] = await t.db.adminQuery<{ outcome: string; error_code: string }>(
      `SELECT outcome, error_code FROM audit_log WHERE operation = 'grantRole' AND user_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [id],
    );
    expect(denied).toEqual({ outcome: 'FAILURE', error_code: 'FORBIDDEN' });
  });

  describe('changes take effect on the next request of an existing token', () => {
    const works = async (user: ArrangedUser) => (await t.gql(ME, {}, user.token)).errors === undefined;

    it('a disable refuses the token, and enabling again needs a new login', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      expect(await works(user)).toBe(true);
      expect(
        expectOk(await t.gql(DISABLE_ACCOUNT, { userId: user.id }, songcun)).disableAccount.disabled,
      ).toBe(true);
      const refused = await t.gql(ME, {}, user.token);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(errorCode(await signIn(user.username, user.password))).toBe('UNAUTHENTICATED');
      expectOk(await t.gql(ENABLE_ACCOUNT, { userId: user.id }, songcun));
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      const again = expectOk(await signIn(user.username, user.password)).login.accessToken;
      expect((await t.gql(ME, {}, again)).errors).toBeUndefined();
    });

    it('a lock suspends the token and an unlock gives it back', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      for (let i = 0; i < t.config.auth.maxFailedLogins; i++) await signIn(user.username, 'Wrong#Pass1');
      expect(errorCode(await signIn(user.username, user.password))).toBe('ACCOUNT_LOCKED');
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      const listed = expectOk(await t.gql(USERS, { unitId: units['大泽头村'].id, limit: 100 }, songcun)).users
        .items;
      expect(listed.find((u) => u.id === user.id)?.locked).toBe(true);
      expect(expectOk(await t.gql(UNLOCK_ACCOUNT, { userId: user.id }, songcun)).unlockAccount.locked).toBe(
        false,
      );
      expect(await works(user)).toBe(true);
      expect(expectOk(await signIn(user.username, user.password)).login.mustChangePassword).toBe(false);
    });

    it('a role revocation retires the token; a new login has the roles left', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      const grant = expectOk(
        await t.gql(
          GRANT_ROLE,
          { input: { userId: user.id, role: 'GRID_LEADER', unitId: units['大泽头村'].id } },
          songcun,
        ),
      ).grantRole;
      // A grant widens the same token at once (roles are read on every request).
      expect(expectOk(await t.gql(ME, {}, user.token)).me.roles.map((r) => r.role)).toEqual([
        'SCORER',
        'GRID_LEADER',
      ]);
      expect(
        expectOk(await t.gql(REVOKE_ROLE, { assignmentId: grant.id }, songcun)).revokeRole.revokedAt,
      ).not.toBeNull();
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      const again = expectOk(await signIn(user.username, user.password)).login.accessToken;
      expect(expectOk(await t.gql(ME, {}, again)).me.roles.map((r) => r.role)).toEqual(['SCORER']);
      const [audit] = await auditRows('revokeRole', user.id);
      expect(audit.outcome).toBe('SUCCESS');
    });

    it('a reset retires the token and the old password; the one-time password must be changed', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      const reset = expectOk(await t.gql(RESET_PASSWORD, { userId: user.id }, songcun)).resetPassword;
      expect(reset.account.mustChangePassword).toBe(true);
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(errorCode(await signIn(user.username, user.password))).toBe('UNAUTHENTICATED');
      const login = expectOk(await signIn(user.username, reset.oneTimePassword as string)).login;
      expect(login.mustChangePassword).toBe(true);
    });

    it('wrong current passwords in changePassword count towards the lock', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      const change = () =>
        t.gql(
          CHANGE_PASSWORD,
          { input: { currentPassword: 'Wrong#Pass1', newPassword: NEW_PASSWORD } },
          user.token,
        );
      for (let i = 0; i < t.config.auth.maxFailedLogins; i++)
        expect(errorCode(await change())).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(errorCode(await signIn(user.username, user.password))).toBe('ACCOUNT_LOCKED');
    });

    it('logout retires the token', async () => {
      const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
      expect(expectOk(await t.gql(LOGOUT, {}, user.token)).logout).toBe(true);
      expect(errorCode(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(await works({ ...user, token: await t.login(user.username, TEST_DEMO_PASSWORD) })).toBe(true);
    });
  });

  it('two parallel grants of the same role give one grant', async () => {
    const user = await arrangeUser(t, units['大泽头村'], Role.SCORER);
    const input = { userId: user.id, role: 'CREDIT_COUNCIL' as const, unitId: units['大泽头村'].id };
    const [a, b] = await Promise.all([
      t.gql(GRANT_ROLE, { input }, songcun),
      t.gql(GRANT_ROLE, { input }, wendeng),
    ]);
    expect(expectOk(a).grantRole.id).toBe(expectOk(b).grantRole.id);
    const rows = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM role_assignment WHERE user_id = $1 AND role = 'CREDIT_COUNCIL' AND revoked_at IS NULL`,
      [user.id],
    );
    expect(rows[0].n).toBe(1);
  });
});
