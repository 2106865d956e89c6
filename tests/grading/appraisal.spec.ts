import { graphql } from '../support/generated';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { Role, SubjectType as S } from '@village/platform-common';
import type { SubjectType } from '../support/generated/graphql';
import { TenantDb, type OrgRef } from '@village/platform-tenancy';
import { appraisalAveragesOf, drawSample } from '@village/grading';
import { CREATE_FRAMEWORK } from '../support/documents/rulebook';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeTalliedYear,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  systemContext,
  townAdminOf,
  type ArrangedVillage,
} from '../support/arrange';
import { asAppRole } from '../rulebook/rulebook-support';

/** A sample member as drawing, recording a finding and reading the sample return it; spread by name below. */
graphql(`
  fragment AppraisalSampleFields on AppraisalSampleItem {
    id
    villageId
    year
    position
    sampleSize
    residentId
    residentName
    subjectTypes
    drawnBy
    finding
    findingNote
    findingBy
  }
`);
const RATE = graphql(`
  mutation AppraisalRate($input: RateAppraisalInput!) {
    rateAppraisal(input: $input) {
      id
      villageId
      year
      rateeResidentId
      subjectType
      raterKind
      raterResidentId
      rating
      comment
    }
  }
`);
const SUMMARY = graphql(`
  query AppraisalSummary($villageId: ID!, $year: Int!) {
    appraisalSummary(villageId: $villageId, year: $year) {
      rateeResidentId
      rateeName
      subjectType
      peerCount
      peerAverage
      massCount
      massAverage
    }
  }
`);
const RATINGS = graphql(`
  query AppraisalRatings($villageId: ID!, $year: Int!) {
    appraisalRatings(villageId: $villageId, year: $year) {
      id
      villageId
      year
      rateeResidentId
      subjectType
      raterKind
      raterResidentId
      rating
      comment
    }
  }
`);
const DRAW = graphql(`
  mutation AppraisalDraw($villageId: ID!, $year: Int!, $size: Int!) {
    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {
      ...AppraisalSampleFields
    }
  }
`);
const FINDING = graphql(`
  mutation AppraisalFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {
    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {
      ...AppraisalSampleFields
    }
  }
`);
const SAMPLE = graphql(`
  query AppraisalSample($villageId: ID!, $year: Int!) {
    appraisalSample(villageId: $villageId, year: $year) {
      ...AppraisalSampleFields
    }
  }
`);

interface SampleItem {
  id: string;
  position: number;
  sampleSize: number;
  residentId: string;
  residentName: string;
  subjectTypes: string[];
  finding: string | null;
  findingNote: string | null;
}

/** Only the appraisal weights and the threshold: a framework's rules compare exactly. */
const FRAMEWORK_RULES = graphql(`
  query AppraisalFrameworkRules($id: ID!) {
    framework(id: $id) {
      rules {
        peerAppraisalWeight
        massAppraisalWeight
        excellentMin
      }
    }
  }
`);
const UPDATE_RULES = graphql(`
  mutation AppraisalUpdateRules($input: UpdateFrameworkRulesInput!) {
    updateFrameworkRules(input: $input) {
      rules {
        peerAppraisalWeight
        massAppraisalWeight
        excellentMin
      }
    }
  }
`);
const fieldOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

describe('year-end democratic appraisal (民主评议) and the town sample review (上级审查)', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let arranged: ArrangedVillage;
  let otherVillage: ArrangedVillage;
  let village: string;
  let admin: string;
  let people: Record<string, string>;
  let tokens: Record<string, string>;

  const rate = (token: string, ratee: string, subjectType: SubjectType, rating: number, year = DEMO_YEAR) =>
    t.gql(RATE, { input: { year, rateeResidentId: people[ratee], subjectType, rating } }, token);

  /** A resident of `village` named as in the demo, with a login when `login` is set. */
  const person = async (in_: ArrangedVillage, name: string, roles: S[], login = false) => {
    const created = await arrangeResident(t, in_, { name, roles: [S.VILLAGER, ...roles], login });
    people[name] = created.id;
    if (created.user) tokens[name] = created.user.token;
  };

  // 侯家庵村's stand-in only ever rates across and is refused, so it is arranged once.
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    units = await orgUnits(t);
    people = {};
    tokens = {};
    otherVillage = await arrangeVillage(t, units['文登营镇']);
    await person(otherVillage, '侯立平', [S.REPRESENTATIVE], true);
  });
  afterAll(() => t.close());

  // A village of its own per test, its year open, with 大泽头村's key persons and raters.
  beforeEach(async () => {
    arranged = await arrangeScoringVillage(t, units['宋村镇'], DEMO_YEAR);
    village = arranged.id;
    admin = arranged.admin.token;
    await person(arranged, '张兆明', [S.PARTY_MEMBER]);
    await person(arranged, '于建国', [S.PARTY_MEMBER], true);
    await person(arranged, '刘志强', [S.REPRESENTATIVE], true);
    await person(arranged, '孙国华', [S.REPRESENTATIVE], true);
    await person(arranged, '于翠萍', [S.REPRESENTATIVE]);
    await person(arranged, '李秀英', [S.VOLUNTEER], true);
  });

  /** The ratings of the first test: one peer and three masses for 张兆明, a peer and a mass for 孙国华. */
  async function ratings(): Promise<void> {
    for (const [rater, ratee, subjectType, rating] of [
      ['于建国', '张兆明', 'PARTY_MEMBER', 90],
      ['李秀英', '张兆明', 'PARTY_MEMBER', 70],
      ['刘志强', '张兆明', 'PARTY_MEMBER', 81],
      ['孙国华', '张兆明', 'PARTY_MEMBER', 82],
      ['刘志强', '孙国华', 'REPRESENTATIVE', 88],
      ['李秀英', '孙国华', 'REPRESENTATIVE', 65],
    ] as const) {
      expect((await rate(tokens[rater], ratee, subjectType, rating)).errors).toBeUndefined();
    }
  }

  it('a holder of the same subject type rates as a peer, anyone else as the masses', async () => {
    const peer = await rate(tokens['于建国'], '张兆明', 'PARTY_MEMBER', 90);
    expect(peer.errors).toBeUndefined();
    expect(peer.data?.rateAppraisal).toMatchObject({
      rateeResidentId: people['张兆明'],
      subjectType: 'PARTY_MEMBER',
      raterKind: 'PEER',
      raterResidentId: people['于建国'],
      rating: 90,
    });
    const mass = [
      ['李秀英', 70],
      ['刘志强', 81], // a representative, but not a party member: masses for the party-member track
      ['孙国华', 82],
    ] as const;
    for (const [rater, rating] of mass) {
      const res = await rate(tokens[rater], '张兆明', 'PARTY_MEMBER', rating);
      expect(res.errors).toBeUndefined();
      expect(res.data?.rateAppraisal.raterKind).toBe('MASS');
    }
    const repPeer = await rate(tokens['刘志强'], '孙国华', 'REPRESENTATIVE', 88);
    expect(repPeer.data?.rateAppraisal.raterKind).toBe('PEER');
    const repMass = await rate(tokens['李秀英'], '孙国华', 'REPRESENTATIVE', 65);
    expect(repMass.data?.rateAppraisal.raterKind).toBe('MASS');
  });

  it('refuses rating oneself, a ratee without the role, other subject types and ratings outside 0–100', async () => {
    const self = await rate(tokens['于建国'], '于建国', 'PARTY_MEMBER', 100);
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(fieldOf(self)).toBe('rateeResidentId');
    expect(self.errors?.[0].message).toContain('不能评议自己');

    const noRole = await rate(tokens['李秀英'], '刘志强', 'PARTY_MEMBER', 80);
    expect(errorCode(noRole)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noRole)).toBe('rateeResidentId');
    expect(noRole.errors?.[0].message).toContain('不是党员');

    const villager = await rate(tokens['李秀英'], '张兆明', 'VILLAGER', 80);
    expect(fieldOf(villager)).toBe('subjectType');

    for (const rating of [101, -1]) {
      const res = await rate(tokens['李秀英'], '于建国', 'PARTY_MEMBER', rating);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('rating');
    }
    const [{ n }] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM appraisal_rating WHERE rater_resident_id = $1 AND ratee_resident_id = $2`,
      [people['李秀英'], people['于建国']],
    );
    expect(n).toBe(0);
  });

  // Ends as the superuser on purpose: the append-only trigger must refuse even what bypasses the app.
  it('takes a rating once: a second one by the same rater is a conflict, and rows cannot be changed', async () => {
    await ratings();
    const again = await rate(tokens['李秀英'], '张兆明', 'PARTY_MEMBER', 100);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(fieldOf(again)).toBe('rateeResidentId');
    const rows = await t.db.adminQuery<{ rating: number }>(
      `SELECT rating FROM appraisal_rating WHERE rater_resident_id = $1 AND ratee_resident_id = $2`,
      [people['李秀英'], people['张兆明']],
    );
    expect(rows).toEqual([{ rating: 70 }]);
    await expect(
      t.db.adminQuery(`UPDATE appraisal_rating SET rating = 100 WHERE village_id = $1`, [village]),
    ).rejects.toThrow();
    await expect(
      t.db.adminQuery(`DELETE FROM appraisal_rating WHERE village_id = $1`, [village]),
    ).rejects.toThrow();
  });

  it('refuses a login without a linked resident', async () => {
    const res = await t.gql(
      RATE,
      {
        input: {
          year: DEMO_YEAR,
          rateeResidentId: people['张兆明'],
          subjectType: 'PARTY_MEMBER',
          rating: 80,
        },
      },
      arranged.council.token,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('summarises counts and averages per person and track, without raters, for cadres', async () => {
    await ratings();
    const res = await t.gql(SUMMARY, { villageId: village, year: DEMO_YEAR }, admin);
    expect(res.errors).toBeUndefined();
    const line = (name: string, subjectType: string) =>
      res.data?.appraisalSummary.find(
        (l) => l.rateeResidentId === people[name] && l.subjectType === subjectType,
      );
    // peers: 90; masses: (70 + 81 + 82) / 3 = 77.666… → 77.67
    expect(line('张兆明', 'PARTY_MEMBER')).toEqual({
      rateeResidentId: people['张兆明'],
      rateeName: '张兆明',
      subjectType: 'PARTY_MEMBER',
      peerCount: 1,
      peerAverage: 90,
      massCount: 3,
      massAverage: 77.67,
    });
    expect(line('孙国华', 'REPRESENTATIVE')).toMatchObject({
      peerCount: 1,
      peerAverage: 88,
      massCount: 1,
      massAverage: 65,
    });
    // Key persons nobody rated are listed with no averages; villagers are not.
    expect(line('于翠萍', 'REPRESENTATIVE')).toMatchObject({
      peerCount: 0,
      peerAverage: null,
      massCount: 0,
      massAverage: null,
    });
    expect(res.data?.appraisalSummary.some((l) => l.rateeResidentId === people['李秀英'])).toBe(false);

    // A field the schema does not have, so a plain string: the schema must refuse it.
    const withRaters = await t.gql(
      `query($v: ID!) { appraisalSummary(villageId: $v, year: ${DEMO_YEAR}) { raterResidentId } }`,
      { v: village },
      admin,
    );
    expect(withRaters.errors?.[0].message).toContain('raterResidentId');
    const residentRead = await t.gql(SUMMARY, { villageId: village, year: DEMO_YEAR }, tokens['李秀英']);
    expect(errorCode(residentRead)).toBe('FORBIDDEN');
  });

  it('shows raters to auditors only', async () => {
    await ratings();
    const audit = await t.gql(
      RATINGS,
      { villageId: village, year: DEMO_YEAR },
      (await arrangeUser(t, units['文登区'], Role.AUDITOR)).token,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data?.appraisalRatings).toHaveLength(6);
    expect(
      audit.data?.appraisalRatings.find(
        (r) => r.rateeResidentId === people['张兆明'] && r.raterKind === 'PEER',
      )?.raterResidentId,
    ).toBe(people['于建国']);
    const cadre = await t.gql(RATINGS, { villageId: village, year: DEMO_YEAR }, admin);
    expect(errorCode(cadre)).toBe('FORBIDDEN');
  });

  it('appraisalAveragesOf gives the tally the same averages inside its transaction', async () => {
    await ratings();
    const ctx = systemContext(arranged.unit, Role.CREDIT_COUNCIL);
    const averages = await t.app.get(TenantDb).run(ctx, (tx) => appraisalAveragesOf(tx, village, DEMO_YEAR));
    expect(averages.get(people['张兆明'])).toEqual({
      PARTY_MEMBER: { peerAverage: 90, massAverage: 77.67 },
    });
    expect(averages.get(people['孙国华'])).toEqual({
      REPRESENTATIVE: { peerAverage: 88, massAverage: 65 },
    });
    expect(averages.has(people['于翠萍'])).toBe(false);
  });

  // Ends on the app role's own connection on purpose: the database itself must refuse the insert.
  it('keeps another village out: its residents cannot rate, its admin cannot read, the database refuses', async () => {
    const cross = await rate(tokens['侯立平'], '张兆明', 'PARTY_MEMBER', 10);
    expect(errorCode(cross)).toBe('NOT_FOUND');
    const otherAdmin = otherVillage.admin.token;
    expect(errorCode(await t.gql(SUMMARY, { villageId: village, year: DEMO_YEAR }, otherAdmin))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(SAMPLE, { villageId: village, year: DEMO_YEAR }, otherAdmin))).toBe(
      'NOT_FOUND',
    );
    const scope = { villages: [otherVillage.id] };
    for (const table of ['appraisal_rating', 'appraisal_sample_review', 'appraisal_sample_finding']) {
      const seen = await asAppRole(t, scope, `SELECT count(*)::int AS n FROM ${table}`);
      expect(seen.rows[0].n).toBe(0);
    }
    const row = {
      district_id: arranged.unit.districtId,
      town_id: arranged.unit.townId,
      village_id: arranged.id,
    };
    await expect(
      asAppRole(
        t,
        scope,
        `INSERT INTO appraisal_rating (id, district_id, town_id, village_id, year, ratee_resident_id, subject_type,
           rater_kind, rater_resident_id, rating, created_by)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'PARTY_MEMBER', 'MASS', $6, 0, gen_random_uuid())`,
        [row.district_id, row.town_id, row.village_id, DEMO_YEAR, people['于建国'], people['侯立平']],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  // A framework stored before the weights existed cannot be made through today's services, so the
  // superuser strips them from a new one on purpose.
  it('reads appraisal weights as their defaults from frameworks stored before they existed', async () => {
    const district = (await arrangeUser(t, units['文登区'], Role.DISTRICT_ADMIN)).token;
    const created = await t.gql(CREATE_FRAMEWORK, { input: { year: 2031, title: '2031 年框架' } }, district);
    const id = expectOk(created).createFramework.id;
    await t.db.adminQuery(
      `UPDATE framework SET rules = rules - 'peerAppraisalWeight' - 'massAppraisalWeight' || '{"excellentMin": 91}'
        WHERE id = $1`,
      [id],
    );
    const [stored] = await t.db.adminQuery<{ keys: boolean }>(
      `SELECT rules ? 'peerAppraisalWeight' AS keys FROM framework WHERE id = $1`,
      [id],
    );
    expect(stored.keys).toBe(false);
    const read = await t.gql(FRAMEWORK_RULES, { id }, district);
    expect(read.data?.framework.rules).toEqual({
      peerAppraisalWeight: 10,
      massAppraisalWeight: 10,
      excellentMin: 91,
    });
    const changed = await t.gql(
      UPDATE_RULES,
      { input: { frameworkId: id, rules: { peerAppraisalWeight: 20 } } },
      district,
    );
    expect(changed.data?.updateFrameworkRules.rules).toEqual({
      peerAppraisalWeight: 20,
      massAppraisalWeight: 10,
      excellentMin: 91,
    });
    const tooMuch = await t.gql(
      UPDATE_RULES,
      { input: { frameworkId: id, rules: { massAppraisalWeight: 51 } } },
      district,
    );
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(fieldOf(tooMuch)).toBe('rules.massAppraisalWeight');
  });

  describe('town sample review', () => {
    let songcun: string;
    let sample: SampleItem[];

    beforeAll(async () => {
      songcun = (await townAdminOf(t, units['宋村镇'])).token;
    });

    /** The town draws three key persons, as the first test does. */
    async function drawn(): Promise<void> {
      const res = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR, size: 3 }, songcun);
      expect(res.errors).toBeUndefined();
      sample = res.data?.drawAppraisalSample ?? [];
    }

    it('draws key persons deterministically from the village and year; a retry returns the same sample', async () => {
      const res = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR, size: 3 }, songcun);
      expect(res.errors).toBeUndefined();
      sample = res.data?.drawAppraisalSample ?? [];
      expect(sample.map((s) => s.position)).toEqual([1, 2, 3]);
      expect(sample.every((s) => s.sampleSize === 3 && s.finding === null)).toBe(true);
      expect(
        sample.every((s) => s.subjectTypes.some((st) => st === 'PARTY_MEMBER' || st === 'REPRESENTATIVE')),
      ).toBe(true);
      const holders = await t.db.adminQuery<{ id: string }>(
        `SELECT DISTINCT resident_id AS id FROM subject_role
          WHERE village_id = $1 AND subject_type IN ('PARTY_MEMBER', 'REPRESENTATIVE')
            AND start_date <= make_date($2, 12, 31) AND (end_date IS NULL OR end_date >= make_date($2, 1, 1))`,
        [village, DEMO_YEAR],
      );
      expect(sample.map((s) => s.residentId)).toEqual(
        drawSample(
          village,
          DEMO_YEAR,
          holders.map((h) => h.id),
          3,
        ),
      );

      const retry = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR, size: 3 }, songcun);
      expect(retry.data?.drawAppraisalSample.map((s) => s.id)).toEqual(sample.map((s) => s.id));
      const other = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR, size: 4 }, songcun);
      expect(errorCode(other)).toBe('CONFLICT');
      expect(fieldOf(other)).toBe('size');
      const tooMany = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR - 1, size: 40 }, songcun);
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(fieldOf(tooMany)).toBe('size');
    });

    // Ends as the superuser on purpose: the append-only triggers must refuse even what bypasses the app.
    it('records one finding per sampled person; questioning needs a note', async () => {
      await drawn();
      const noNote = await t.gql(FINDING, { sampleId: sample[0].id, finding: 'QUESTIONED' }, songcun);
      expect(errorCode(noNote)).toBe('BAD_USER_INPUT');
      expect(fieldOf(noNote)).toBe('note');
      const questioned = await t.gql(
        FINDING,
        { sampleId: sample[0].id, finding: 'QUESTIONED', note: '群众评议人数偏少，请补充说明' },
        songcun,
      );
      expect(questioned.data?.recordSampleFinding).toMatchObject({
        id: sample[0].id,
        finding: 'QUESTIONED',
        findingNote: '群众评议人数偏少，请补充说明',
      });
      const confirmed = await t.gql(FINDING, { sampleId: sample[1].id, finding: 'CONFIRMED' }, songcun);
      expect(confirmed.errors).toBeUndefined();
      const again = await t.gql(
        FINDING,
        { sampleId: sample[1].id, finding: 'QUESTIONED', note: '改' },
        songcun,
      );
      expect(errorCode(again)).toBe('CONFLICT');

      const seen = await t.gql(SAMPLE, { villageId: village, year: DEMO_YEAR }, admin);
      expect(seen.data?.appraisalSample.map((s) => s.finding)).toEqual(['QUESTIONED', 'CONFIRMED', null]);
      await expect(
        t.db.adminQuery(`UPDATE appraisal_sample_finding SET note = 'x' WHERE village_id = $1`, [village]),
      ).rejects.toThrow();
      await expect(
        t.db.adminQuery(`DELETE FROM appraisal_sample_review WHERE village_id = $1`, [village]),
      ).rejects.toThrow();
    });

    it('refuses another town’s admin and village cadres', async () => {
      await drawn();
      const gaocun = (await arrangeUser(t, units['高村镇'], Role.TOWN_ADMIN)).token;
      const draw = await t.gql(DRAW, { villageId: village, year: DEMO_YEAR, size: 3 }, gaocun);
      expect(errorCode(draw)).toBe('NOT_FOUND');
      const finding = await t.gql(FINDING, { sampleId: sample[2].id, finding: 'CONFIRMED' }, gaocun);
      expect(errorCode(finding)).toBe('NOT_FOUND');
      const cadre = await t.gql(FINDING, { sampleId: sample[2].id, finding: 'CONFIRMED' }, admin);
      expect(errorCode(cadre)).toBe('FORBIDDEN');
    });
  });

  it('takes ratings only while the year period is OPEN', async () => {
    const notOpened = await rate(tokens['李秀英'], '于建国', 'PARTY_MEMBER', 80, DEMO_YEAR + 1);
    expect(errorCode(notOpened)).toBe('BAD_USER_INPUT');
    expect(fieldOf(notOpened)).toBe('year');
    // The year is tallied: its four quarters closed and the year tallied, through the API.
    await arrangeTalliedYear(t, arranged, await arrangeOpenYear(t, arranged, DEMO_YEAR));
    const closed = await rate(tokens['李秀英'], '于建国', 'PARTY_MEMBER', 80);
    expect(errorCode(closed)).toBe('BAD_USER_INPUT');
    expect(fieldOf(closed)).toBe('year');
    expect(closed.errors?.[0].message).toContain('民主评议已结束');
  });
});
