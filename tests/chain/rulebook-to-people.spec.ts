import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import { Role } from '@village/platform-common';
import { arrangeUser, orgUnits } from '../support/arrange';
import type { ContractColour, SetScoringTeamInput, SubjectType } from '../support/generated/graphql';
import { Story } from '../support/story';
import { itemInput, unitIds } from '../rulebook/rulebook-support';
import { expectedColours, idNumberFor, PEOPLE, Q, xlsxBase64, YEAR } from './chain-data';

/** Who tries to change 宋村镇's manual from outside, and the answer each gets. */
const CROSS_TOWN = [
  ['wendengying-admin', 'NOT_FOUND'],
  ['houjiaan-admin', 'FORBIDDEN'],
] as const;

// The chain runs in December before YEAR: the assembly has met by then (a meeting must not lie ahead).
const TODAY = `${YEAR - 1}-12-20`;
const VOTE = {
  meetingDate: `${YEAR - 1}-12-18`,
  representativesInOffice: 30,
  representativesCountReason: '村民代表名册尚未录入系统',
  present: 22,
  votesFor: 18,
  votesAgainst: 2,
  abstaining: 2,
};

/**
 * The yearly set-up chain for next year (YEAR), through the GraphQL API only: the district's framework, 宋村镇's
 * manual, 大泽头村's scoring list, its residents from a spreadsheet, their contracts and the grids.
 * The steps are sequential by design: they walk one chain on one database, each building on what the
 * previous one left behind (ids are kept in the shared state below), so they are one story: one test.
 */
describe('the next-year set-up chain: district rulebook → town manual → village list → people', () => {
  let t: TestApp;
  let units: Record<string, string>;
  const chain = new Story();
  const tokens: Record<string, string> = {};
  let frameworkId: string;
  let manualId: string;
  let listId: string;
  let dazetou: string;
  const people: Record<string, string> = {};
  const grids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    t.setToday(TODAY);
    units = await unitIds(t);
    dazetou = units['大泽头村'];
    for (const user of ['wendeng-admin', 'songcun-admin', 'dazetou-admin', 'houjiaan-admin']) {
      tokens[user] = await t.login(user);
    }
    // The demo has no admin for 文登营镇: one from the builders.
    tokens['wendengying-admin'] = (
      await arrangeUser(t, (await orgUnits(t))['文登营镇'], Role.TOWN_ADMIN)
    ).token;
  });
  afterAll(() => t.close());

  const ok = <T>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  /** What must be there (a found item, a nullable result), or the step fails saying so. */
  const found = <T>(value: T | null | undefined): T => {
    expect(value ?? null).not.toBeNull();
    return value as T;
  };

  chain.step(
    '1. the district copies the demo-year framework to next year, publishes it, and it is then frozen',
    async () => {
      const admin = tokens['wendeng-admin'];
      const [source] = ok(await t.gql(Q.frameworks, { year: YEAR - 1 }, admin)).frameworks.items;
      expect(source.status).toBe('PUBLISHED');
      const copy = ok(await t.gql(Q.copy, { id: source.id, year: YEAR }, admin)).copyFrameworkToYear;
      frameworkId = copy.id;
      expect(copy).toMatchObject({ year: YEAR, version: 1, status: 'DRAFT' });
      const kept = source.items.filter((i) => !i.withdrawn);
      expect(copy.items.map((i) => i.code)).toEqual(kept.map((i) => i.code));

      // A draft is the district's business only.
      expect(ok(await t.gql(Q.frameworks, { year: YEAR }, tokens['songcun-admin'])).frameworks.total).toBe(0);

      const title = `文登区${YEAR}年村级“契约化+信用”积分评价框架`;
      ok(await t.gql(Q.rules, { input: { frameworkId, title } }, admin));
      expect(ok(await t.gql(Q.publishFramework, { id: frameworkId }, admin)).publishFramework.status).toBe(
        'PUBLISHED',
      );
      const seen = ok(await t.gql(Q.frameworks, { year: YEAR }, tokens['dazetou-admin'])).frameworks;
      expect(seen.items.map((f) => f.id)).toEqual([frameworkId]);

      const p02 = found(copy.items.find((i) => i.code === 'P02'));
      const edit = await t.gql(
        Q.updateItem,
        { input: { itemId: p02.id, item: itemInput('P02', { pointsMin: 2, pointsMax: 6 }) } },
        admin,
      );
      expect(errorCode(edit)).toBe('CONFLICT');
      expect(edit.errors?.[0].message).toContain(`区评分框架「${title}」（${YEAR} 年第 1 版）已发布`);
      expect(edit.errors?.[0].message).toContain('请新建版本');
    },
  );

  chain.step(
    '2. 宋村镇 adapts the next-year framework within bounds, publishes its manual, and nobody else can change it',
    async () => {
      const songcun = tokens['songcun-admin'];
      const created = ok(
        await t.gql(
          Q.createManual,
          { input: { townId: units['宋村镇'], frameworkId, title: `宋村镇${YEAR}年积分评价操作手册` } },
          songcun,
        ),
      ).createManual;
      manualId = created.id;
      expect(created).toMatchObject({ status: 'DRAFT', frameworkId, version: 2, villageMaxItemPoints: 2 });

      ok(
        await t.gql(
          Q.adjust,
          { input: { manualId, itemCode: 'N19', disabled: true, reason: '本镇不适用' } },
          songcun,
        ),
      );
      const outOfBounds = await t.gql(
        Q.adjust,
        { input: { manualId, itemCode: 'P02', pointsMax: 6.5 } },
        songcun,
      );
      expect(errorCode(outOfBounds)).toBe('BAD_USER_INPUT');
      expect(outOfBounds.errors?.[0].extensions?.fields?.[0].field).toBe('pointsMax');
      expect(outOfBounds.errors?.[0].message).toContain('P02');
      expect(outOfBounds.errors?.[0].message).toContain('4–6');
      const adjusted = ok(
        await t.gql(
          Q.adjust,
          { input: { manualId, itemCode: 'P02', pointsMax: 6, reason: '鼓励调解' } },
          songcun,
        ),
      ).setManualAdjustment;
      expect(adjusted.adjustments).toEqual([
        { itemCode: 'N19', disabled: true, pointsMin: null, pointsMax: null },
        { itemCode: 'P02', disabled: false, pointsMin: null, pointsMax: 6 },
      ]);

      // Another town's admin cannot see the draft (NOT_FOUND); another town's village admin may not
      // manage manuals at all (FORBIDDEN).
      for (const [user, code] of CROSS_TOWN) {
        const res = await t.gql(
          Q.adjust,
          { input: { manualId, itemCode: 'P03', disabled: true } },
          tokens[user],
        );
        expect(errorCode(res)).toBe(code);
        expect(errorCode(await t.gql(Q.publishManual, { id: manualId }, tokens[user]))).toBe(code);
      }

      expect(ok(await t.gql(Q.publishManual, { id: manualId }, songcun)).publishManual.status).toBe(
        'PUBLISHED',
      );
      const current = ok(
        await t.gql(Q.currentManual, { townId: units['宋村镇'], year: YEAR }, tokens['dazetou-admin']),
      );
      expect(current.currentManual).toMatchObject({ id: manualId, frameworkId });

      const after = await t.gql(Q.adjust, { input: { manualId, itemCode: 'P03', disabled: true } }, songcun);
      expect(errorCode(after)).toBe('CONFLICT');
      expect(after.errors?.[0].message).toContain(
        `镇操作手册「宋村镇${YEAR}年积分评价操作手册」（第 2 版）已发布`,
      );
      for (const [user, code] of CROSS_TOWN) {
        const res = await t.gql(
          Q.adjust,
          { input: { manualId, itemCode: 'P03', disabled: true } },
          tokens[user],
        );
        expect(errorCode(res)).toBe(code);
      }
      const [row] = await t.db.adminQuery<{ n: string }>(
        "SELECT count(*) AS n FROM manual_adjustment WHERE manual_id = $1 AND item_code = 'P03'",
        [manualId],
      );
      expect(Number(row.n)).toBe(0);
    },
  );

  chain.step(
    '3. 大泽头村 builds its list for next year: cap and quorum are enforced, then the adopted list is effective',
    async () => {
      const admin = tokens['dazetou-admin'];
      const list = ok(await t.gql(Q.createList, { villageId: dazetou, year: YEAR }, admin)).createScoringList;
      listId = list.id;
      expect(list).toMatchObject({ status: 'DRAFT', manualId, version: 2 });
      // The village's own items of the 2026 list are carried into the amendment.
      expect(list.villageItems.map((i) => i.code)).toEqual(['V01', 'V02']);

      ok(
        await t.gql(
          Q.addVillageItem,
          { input: { listId, item: itemInput('V11', { pointsMin: 1, pointsMax: 2 }) } },
          admin,
        ),
      );
      const withBig = ok(
        await t.gql(
          Q.addVillageItem,
          { input: { listId, item: itemInput('V12', { pointsMin: 3, pointsMax: 3 }) } },
          admin,
        ),
      ).addVillageItem;
      const big = found(withBig.villageItems.find((i) => i.code === 'V12'));
      expect(big).toMatchObject({ requiresApproval: true, approvedAt: null });
      expect(found(withBig.villageItems.find((i) => i.code === 'V11')).requiresApproval).toBe(false);

      const noQuorum = await t.gql(
        Q.adopt,
        { input: { listId, ...VOTE, present: 19, votesFor: 17, votesAgainst: 1, abstaining: 1 } },
        admin,
      );
      expect(errorCode(noQuorum)).toBe('BAD_USER_INPUT');
      expect(noQuorum.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['present']);
      expect(noQuorum.errors?.[0].message).toContain('三分之二');

      const unapproved = await t.gql(Q.adopt, { input: { listId, ...VOTE } }, admin);
      expect(errorCode(unapproved)).toBe('BAD_USER_INPUT');
      expect(unapproved.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['villageItems.V12']);
      expect(unapproved.errors?.[0].message).toContain('须经镇审批');
      expect(ok(await t.gql(Q.lists, { villageId: dazetou }, admin)).scoringLists[0].status).toBe('DRAFT');

      // houjiaan-admin can neither read nor touch 大泽头村's list, nor approve for 宋村镇.
      const houjiaan = tokens['houjiaan-admin'];
      expect(errorCode(await t.gql(Q.effective, { villageId: dazetou, year: YEAR }, houjiaan))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(Q.lists, { villageId: dazetou }, houjiaan))).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(Q.addVillageItem, { input: { listId, item: itemInput('H1') } }, houjiaan)),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(Q.adopt, { input: { listId, ...VOTE } }, houjiaan))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(Q.approve, { id: big.id }, houjiaan))).toBe('FORBIDDEN');
      // Only 宋村镇 approves for its villages: another town's admin does not even see the item.
      expect(errorCode(await t.gql(Q.approve, { id: big.id }, tokens['wendengying-admin']))).toBe(
        'NOT_FOUND',
      );

      const approved = ok(await t.gql(Q.approve, { id: big.id }, tokens['songcun-admin'])).approveVillageItem;
      expect(found(approved.villageItems.find((i) => i.code === 'V12')).approvedAt).not.toBeNull();
      const adopted = ok(await t.gql(Q.adopt, { input: { listId, ...VOTE } }, admin)).adoptScoringList;
      expect(adopted).toMatchObject({ status: 'ADOPTED', present: 22, votesFor: 18 });

      const effective = found(
        ok(await t.gql(Q.effective, { villageId: dazetou, year: YEAR }, admin)).villageScoringList,
      );
      expect(effective).toMatchObject({ id: listId, version: 2, manualId });
      // Adopting next year's list leaves the demo 2026 list (version 1) in force for 2026.
      const thisYear = found(
        ok(await t.gql(Q.effective, { villageId: dazetou, year: YEAR - 1 }, admin)).villageScoringList,
      );
      expect(thisYear.version).toBe(1);
      expect(thisYear.manualId).not.toBe(manualId);
      const byCode = Object.fromEntries(effective.items.map((i) => [i.code, i]));
      expect(byCode.N19).toBeUndefined(); // disabled by the town
      expect(byCode.P02).toMatchObject({ source: 'FRAMEWORK', pointsMin: 2, pointsMax: 6 }); // adjusted
      expect(byCode.P03).toMatchObject({ source: 'FRAMEWORK', pointsMin: 1, pointsMax: 1 }); // framework value
      for (const code of ['V01', 'V02', 'V11', 'V12']) expect(byCode[code].source).toBe('VILLAGE');
      expect(byCode.V12).toMatchObject({ pointsMin: 3, pointsMax: 3 });
      // Next year's manual has no town items of its own: 2026's T01 does not come along.
      expect(effective.items.filter((i) => i.source === 'TOWN')).toEqual([]);
      const frameworkCount = effective.items.filter((i) => i.source === 'FRAMEWORK').length;
      const [{ n }] = await t.db.adminQuery<{ n: string }>(
        'SELECT count(*) AS n FROM evaluation_item WHERE framework_id = $1 AND NOT withdrawn',
        [frameworkId],
      );
      expect(frameworkCount).toBe(Number(n) - 1);
    },
  );

  chain.step(
    '4. residents come from a real XLSX file: one bad row imports nothing, the corrected file imports all',
    async () => {
      const admin = tokens['dazetou-admin'];
      for (const [code, name] of [
        ['G1', '第一网格'],
        ['G2', '第二网格'],
      ]) {
        grids[code] = ok(
          await t.gql(Q.createGrid, { input: { villageId: dazetou, code, name } }, admin),
        ).createGrid.id;
      }

      const badRow = 4; // 赵建国, spreadsheet row 6 (header is row 1)
      const bad = await xlsxBase64(PEOPLE, (p) => {
        const id = idNumberFor(p.birthDate, p.order);
        if (p !== PEOPLE[badRow]) return id;
        return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      });
      const refused = ok(
        await t.gql(Q.import, { input: { villageId: dazetou, format: 'XLSX', contentBase64: bad } }, admin),
      ).importResidents;
      expect(refused).toMatchObject({ imported: 0, householdsCreated: 0 });
      expect(refused.rows.filter((r) => !r.ok)).toEqual([
        { row: badRow + 2, ok: false, errors: ['身份证号：身份证号格式或校验位不正确'] },
      ]);
      expect(refused.rows).toHaveLength(PEOPLE.length);
      expect(ok(await t.gql(Q.residents, { villageId: dazetou }, admin)).residents.total).toBe(0);
      expect(ok(await t.gql(Q.households, { villageId: dazetou }, admin)).households.total).toBe(0);

      const good = await xlsxBase64(PEOPLE);
      const report = ok(
        await t.gql(Q.import, { input: { villageId: dazetou, format: 'XLSX', contentBase64: good } }, admin),
      ).importResidents;
      const householdCodes = [...new Set(PEOPLE.map((p) => p.household).filter(Boolean))];
      expect(report).toMatchObject({ imported: PEOPLE.length, householdsCreated: householdCodes.length });

      const all = ok(await t.gql(Q.residents, { villageId: dazetou }, admin)).residents;
      expect(all.total).toBe(PEOPLE.length);
      for (const r of all.items) people[r.name] = r.id;
      const zhao = found(all.items.find((r) => r.name === '赵秀英'));
      expect(zhao).toMatchObject({ grid: { code: 'G2' }, household: { code: 'H27-03' } });
      expect(zhao.subjectRoles.find((s) => s.subjectType === 'PARTY_MEMBER')).toMatchObject({
        probationary: true,
      });
      const bySubject = async (subjectType: SubjectType) =>
        ok(await t.gql(Q.residents, { villageId: dazetou, subjectType }, admin)).residents.total;
      const expected = expectedColours(PEOPLE);
      expect(await bySubject('PARTY_MEMBER')).toBe(expected.RED);
      expect(await bySubject('REPRESENTATIVE')).toBe(expected.YELLOW);
      expect(await bySubject('VOLUNTEER')).toBe(expected.GREEN);
      expect(await bySubject('ELDER')).toBe(expected.SILVER);
      expect(await bySubject('VILLAGER')).toBe(PEOPLE.length);

      const households = ok(await t.gql(Q.households, { villageId: dazetou }, admin)).households;
      expect(households.items.map((h) => [h.code, h.headName, h.memberCount])).toEqual(
        householdCodes.map((code) => [
          code,
          PEOPLE.find((p) => p.household === code && p.head)?.name,
          PEOPLE.filter((p) => p.household === code).length,
        ]),
      );

      const houjiaan = tokens['houjiaan-admin'];
      expect(errorCode(await t.gql(Q.residents, { villageId: dazetou }, houjiaan))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(Q.households, { villageId: dazetou }, houjiaan))).toBe('NOT_FOUND');
      const own = ok(await t.gql(Q.residents, { villageId: units['侯家庵村'], search: '张红军' }, houjiaan));
      expect(own.residents.total).toBe(0);
      const resident = await t.gql(Q.resident, { id: people['张红军'] }, houjiaan);
      expect(errorCode(resident)).toBe('NOT_FOUND');
    },
  );

  chain.step(
    '5. the next-year contracts are drafted per colour as the file implies; signing and termination give exact coverage',
    async () => {
      const admin = tokens['dazetou-admin'];
      const expected = expectedColours(PEOPLE);
      const generated = ok(
        await t.gql(Q.generate, { input: { villageId: dazetou, year: YEAR } }, admin),
      ).generateContractDrafts;
      expect(Object.fromEntries(generated.byColour.map((c) => [c.colour, c.count]))).toEqual(expected);
      expect(generated.created).toBe(Object.values(expected).reduce((a, b) => a + b, 0));

      const list = async (colour: ContractColour) =>
        ok(await t.gql(Q.contracts, { villageId: dazetou, year: YEAR, colour }, admin)).contracts.items;
      const red = await list('RED');
      expect(red.map((c) => c.residentName).sort()).toEqual(['孙海燕', '张红军', '王德福', '赵秀英'].sort());
      const sign = async (id: string) =>
        expect(
          ok(
            await t.gql(
              Q.sign,
              { input: { id, signedOn: `${YEAR - 1}-12-20`, witnessName: '王德明' } },
              admin,
            ),
          ).signContract.status,
        ).toBe('SIGNED');
      const redOf = (name: string) => red.find((c) => c.residentName === name)?.id as string;
      await sign(redOf('张红军'));
      await sign(redOf('王德福'));
      const terminated = ok(
        await t.gql(
          Q.terminate,
          { input: { id: redOf('王德福'), terminatedOn: `${YEAR}-03-01`, reason: '年迈体弱，本人申请终止' } },
          admin,
        ),
      ).terminateContract;
      expect(terminated.status).toBe('TERMINATED');
      for (const c of await list('BLUE')) await sign(c.id);
      const [yellow] = await list('YELLOW');
      await sign(yellow.id);

      const coverage = ok(
        await t.gql(Q.coverage, { villageId: dazetou, year: YEAR }, tokens['songcun-admin']),
      ).contractCoverage;
      const byColour = Object.fromEntries(coverage.map((c) => [c.colour, c]));
      const rate = (signed: number, eligible: number) => Math.round((signed / eligible) * 10000) / 10000;
      expect(byColour).toEqual({
        RED: {
          colour: 'RED',
          eligible: expected.RED,
          drafted: expected.RED - 2,
          signed: 1,
          terminated: 1,
          coverageRate: rate(1, expected.RED),
        },
        YELLOW: {
          colour: 'YELLOW',
          eligible: expected.YELLOW,
          drafted: expected.YELLOW - 1,
          signed: 1,
          terminated: 0,
          coverageRate: rate(1, expected.YELLOW),
        },
        BLUE: {
          colour: 'BLUE',
          eligible: expected.BLUE,
          drafted: 0,
          signed: expected.BLUE,
          terminated: 0,
          coverageRate: 1,
        },
        GREEN: {
          colour: 'GREEN',
          eligible: expected.GREEN,
          drafted: expected.GREEN,
          signed: 0,
          terminated: 0,
          coverageRate: 0,
        },
        SILVER: {
          colour: 'SILVER',
          eligible: expected.SILVER,
          drafted: expected.SILVER,
          signed: 0,
          terminated: 0,
          coverageRate: 0,
        },
      });
      expect(byColour.RED.coverageRate).toBe(0.25);
      expect(byColour.YELLOW.coverageRate).toBe(0.3333);

      const houjiaan = tokens['houjiaan-admin'];
      expect(errorCode(await t.gql(Q.coverage, { villageId: dazetou, year: YEAR }, houjiaan))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(Q.contracts, { villageId: dazetou, year: YEAR }, houjiaan))).toBe(
        'NOT_FOUND',
      );
    },
  );

  chain.step(
    '6. grids: posts with holders, three scoring teams, a captain rota and the 1+4+N team',
    async () => {
      const admin = tokens['dazetou-admin'];
      const p = people;
      const posts: [string, string, string[]][] = [
        ['G1', '环境卫生岗', ['李桂香', '吴明']],
        ['G2', '平安巡防岗', ['孙立民']],
      ];
      for (const [grid, name, holders] of posts) {
        const post = ok(
          await t.gql(Q.createPost, { input: { gridId: grids[grid], name, itemCodes: ['P03'] } }, admin),
        ).createPost;
        for (const holder of holders) {
          const res = ok(
            await t.gql(
              Q.assign,
              { input: { postId: post.id, residentId: p[holder], startDate: `${YEAR}-01-01` } },
              admin,
            ),
          );
          expect(res.assignPostHolder.resident.name).toBe(holder);
        }
      }
      // `holders` are the holders as of today; terms starting on 1 January of YEAR show in the term history.
      const listed = ok(await t.gql(Q.posts, { villageId: dazetou }, admin)).posts;
      expect(listed.total).toBe(2);
      for (const x of listed.items) {
        const terms = ok(await t.gql(Q.terms, { id: x.id }, admin)).postAssignments;
        const expectedHolders = posts.find(([, name]) => name === x.name)?.[2] ?? [];
        expect(terms.map((a) => a.resident.name).sort()).toEqual([...expectedHolders].sort());
        expect(terms.every((a) => a.startDate === `${YEAR}-01-01` && a.endDate === null)).toBe(true);
      }

      const team = (
        number: number,
        pioneer: string,
        cadre: string,
        masses?: string,
      ): SetScoringTeamInput => ({
        villageId: dazetou,
        number,
        name: `第${number}评分队`,
        effectiveFrom: `${YEAR}-01-01`,
        members: [
          { residentId: p[pioneer], kind: 'PARTY_PIONEER' },
          { residentId: p[cadre], kind: 'VILLAGE_CADRE' },
          ...(masses ? [{ residentId: p[masses], kind: 'MASSES_REPRESENTATIVE' as const }] : []),
        ],
      });
      const lacking = await t.gql(Q.setTeam, { input: team(1, '张红军', '吴明') }, admin);
      expect(errorCode(lacking)).toBe('BAD_USER_INPUT');
      expect(lacking.errors?.[0].extensions?.fields?.[0].field).toBe('members');
      expect(lacking.errors?.[0].message).toContain('缺少：群众代表');
      const teamIds: string[] = [];
      for (const input of [
        team(1, '张红军', '吴明', '赵建国'),
        team(2, '孙海燕', '王小丽', '孙立民'),
        team(3, '王德福', '李桂香', '周长发'),
      ]) {
        teamIds.push(ok(await t.gql(Q.setTeam, { input }, admin)).setScoringTeam.id);
      }
      const teams = ok(await t.gql(Q.teams, { villageId: dazetou }, admin)).scoringTeams;
      expect(teams.map((x) => [x.number, x.members.length])).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);

      // Fortnightly rotation from 1 January: index = floor(days since start / 14) mod 3.
      const order = ['张红军', '吴明', '赵建国'];
      ok(
        await t.gql(
          Q.setRota,
          {
            input: {
              teamId: teamIds[0],
              startsOn: `${YEAR}-01-01`,
              periodDays: 14,
              residentIds: order.map((n) => p[n]),
            },
          },
          admin,
        ),
      );
      const captain = async (date: string) =>
        ok(await t.gql(Q.captainOn, { villageId: dazetou, teamNumber: 1, date }, admin)).captainOn;
      // YEAR-01-20 is day 19 → period 1 → 吴明; YEAR-02-15 is day 45 → period 3 → 3 mod 3 = 0 → 张红军.
      expect(await captain(`${YEAR}-01-20`)).toMatchObject({
        index: 1,
        captain: { id: p['吴明'], name: '吴明' },
      });
      expect(await captain(`${YEAR}-02-15`)).toMatchObject({
        index: 0,
        captain: { id: p['张红军'], name: '张红军' },
      });

      const deputies = [
        ['孙海燕', '党小组长'],
        ['赵建国', '村民代表组长'],
        ['吴明', '网格长'],
        ['孙立民', '志愿者队长'],
      ];
      const governance = ok(
        await t.gql(
          Q.setGovernance,
          {
            input: {
              villageId: dazetou,
              leaderId: p['张红军'],
              deputies: deputies.map(([name, dutyTitle]) => ({ residentId: p[name], dutyTitle })),
              workers: [
                { residentId: p['李桂香'], fullTime: true },
                { residentId: p['王小丽'], fullTime: false },
              ],
              effectiveFrom: `${YEAR}-01-01`,
            },
          },
          admin,
        ),
      );
      expect(governance.setGovernanceTeam.version).toBe(1);
      const read = found(ok(await t.gql(Q.governance, { villageId: dazetou }, admin)).governanceTeam);
      expect(read).toMatchObject({
        version: 1,
        effectiveFrom: `${YEAR}-01-01`,
        leader: { dutyTitle: '党支部书记', resident: { name: '张红军' } },
      });
      expect(read.deputies.map((d) => [d.resident.name, d.dutyTitle])).toEqual(deputies);
      expect(read.workers.map((w) => [w.resident.name, w.fullTime])).toEqual([
        ['李桂香', true],
        ['王小丽', false],
      ]);

      const houjiaan = tokens['houjiaan-admin'];
      expect(errorCode(await t.gql(Q.governance, { villageId: dazetou }, houjiaan))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(Q.teams, { villageId: dazetou }, houjiaan))).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(Q.captainOn, { villageId: dazetou, teamNumber: 1, date: `${YEAR}-01-20` }, houjiaan),
        ),
      ).toBe('NOT_FOUND');
    },
  );

  chain.tell('walks the chain: framework → manual → list → residents → contracts → grids');
});
