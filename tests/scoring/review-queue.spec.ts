import request from 'supertest';
import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { onePixelPng } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { DECLARE_ACT } from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { countStatements } from '../support/statement-counter';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const QUEUE = graphql(`
  query ReviewQueue($v: ID!, $status: DeclarationStatus, $limit: Int) {
    declarations(villageId: $v, status: $status, limit: $limit) {
      total
      items {
        id
        residentName
        quantity
        note
        pointsAsked
        item {
          code
          name
          pointsMin
          pointsMax
          perUnitPoints
          unitLabel
        }
        evidence {
          id
          fileName
          contentType
          sizeBytes
          sha256
        }
        history {
          kind
          byUserId
          byName
          at
          points
          reason
        }
      }
    }
  }
`);

const PNG = onePixelPng();
const photo = { fileName: '服务照片.png', contentType: 'image/png', contentBase64: PNG.toString('base64') };
const TODAY = `${DEMO_YEAR}-03-20`;
const march = (day: number) => `${DEMO_YEAR}-03-${String(day).padStart(2, '0')}`;

describe('the review queue and evidence download', () => {
  let t: TestApp;
  let town: OrgRef;
  let village: ArrangedVillage;
  let council2: ArrangedUser;
  let volunteer: { id: string; user: ArrangedUser };
  let key = 0;
  const nextKey = () => `queue-${++key}`;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    town = (await orgUnits(t))['宋村镇'];
    t.setToday(TODAY);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR);
    council2 = await arrangeUser(t, village.unit, Role.CREDIT_COUNCIL, { displayName: '第二位议事会成员' });
    const arranged = await arrangeResident(t, village, {
      name: '李秀英',
      roles: [S.VILLAGER, S.VOLUNTEER],
      login: true,
    });
    volunteer = { id: arranged.id, user: arranged.user as ArrangedUser };
  });
  afterAll(() => t.close());

  const declareWithPhoto = async (day: number, note = '照料老人') =>
    expectOk(
      await t.gql(
        DECLARE_ACT,
        {
          input: {
            itemCode: 'P01',
            actedOn: march(day),
            quantity: 4,
            note,
            evidence: [photo],
            idempotencyKey: nextKey(),
          },
        },
        volunteer.user.token,
      ),
    ).declareAct.id;

  it('lets one council member approve what another registered, never what they registered themself', async () => {
    const registered = expectOk(
      await t.gql(
        REGISTER_ACT,
        {
          input: { residentId: volunteer.id, itemCode: 'P03', actedOn: march(2), idempotencyKey: nextKey() },
        },
        village.council.token,
      ),
    ).registerAct.id;
    const own = await t.gql(
      REVIEW_DECISION,
      { input: { declarationId: registered, decision: 'APPROVE' } },
      village.council.token,
    );
    expect(errorCode(own)).toBe('FORBIDDEN');
    const other = await t.gql(
      REVIEW_DECISION,
      { input: { declarationId: registered, decision: 'APPROVE' } },
      council2.token,
    );
    expect(expectOk(other).reviewDeclaration.status).toBe('APPROVED');
  });

  it('shows names, the item rule, points asked, evidence and history', async () => {
    const id = await declareWithPhoto(3, '帮扶邻居 4 小时');
    const before = expectOk(await t.gql(QUEUE, { v: village.id, status: 'PENDING' }, council2.token));
    const row = before.declarations.items.find((d) => d.id === id);
    expect(row).toMatchObject({
      residentName: '李秀英',
      quantity: 4,
      note: '帮扶邻居 4 小时',
      item: { code: 'P01' },
      evidence: [{ fileName: '服务照片.png', contentType: 'image/png', sizeBytes: PNG.length }],
      history: [{ kind: 'SUBMITTED', byUserId: volunteer.user.id }],
    });
    expect(row?.item?.perUnitPoints).not.toBeNull();
    expect(row?.pointsAsked).toBe((row?.item?.perUnitPoints ?? 0) * 4);
    expect(row?.evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    expectOk(
      await t.gql(REVIEW_DECISION, { input: { declarationId: id, decision: 'APPROVE' } }, council2.token),
    );
    const after = expectOk(await t.gql(QUEUE, { v: village.id }, council2.token));
    const decided = after.declarations.items.find((d) => d.id === id);
    expect(decided?.history.map((h) => [h.kind, h.byUserId, h.byName])).toEqual([
      ['SUBMITTED', volunteer.user.id, expect.anything()],
      ['APPROVED', council2.id, '第二位议事会成员'],
    ]);
    expect(decided?.history[1].points).toBe(decided?.pointsAsked);
  });

  it('downloads evidence for reviewers and the declarant, 404 for anyone else, and audits it', async () => {
    const id = await declareWithPhoto(4);
    const queue = expectOk(await t.gql(QUEUE, { v: village.id, status: 'PENDING' }, council2.token));
    const evidenceId = queue.declarations.items.find((d) => d.id === id)?.evidence[0].id as string;
    const get = (token?: string, evidence = evidenceId) => {
      const req = request(t.app.getHttpServer())
        .get(`/files/evidence/${evidence}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };

    const res = await get(council2.token);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
    expect(res.headers['content-type']).toMatch(/^image\/png/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent('服务照片.png')}`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');

    expect((await get(volunteer.user.token)).status).toBe(200);

    // A resident of another village, a neighbour of the same village, a made-up id: not found.
    const elsewhere = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const stranger = await arrangeResident(t, elsewhere, { roles: [S.VILLAGER], login: true });
    expect((await get(stranger.user?.token)).status).toBe(404);
    const neighbour = await arrangeResident(t, village, { roles: [S.VILLAGER], login: true });
    expect((await get(neighbour.user?.token)).status).toBe(404);
    expect((await get(council2.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get(council2.token, 'not-an-id')).status).toBe(404);
    expect((await get()).status).toBe(401);
    expect((await get('forged')).status).toBe(401);

    const audits = await t.db.adminQuery<{ userId: string }>(
      `SELECT user_id AS "userId" FROM audit_log WHERE operation = 'downloadEvidence' AND detail->>'evidenceId' = $1`,
      [evidenceId],
    );
    expect(audits.map((a) => a.userId).sort()).toEqual([council2.id, volunteer.user.id].sort());
  });

  it('reads a page of 20 declarations with all their fields in a bounded number of statements', async () => {
    // Five residents, four acts each (the item's monthly cap), registered with a photo by the admin.
    for (let r = 0; r < 5; r++) {
      const person = await arrangeResident(t, village, { roles: [S.VILLAGER, S.VOLUNTEER] });
      for (let day = 5; day < 9; day++) {
        expectOk(
          await t.gql(
            REGISTER_ACT,
            {
              input: {
                residentId: person.id,
                itemCode: 'P01',
                actedOn: march(day),
                quantity: 4,
                evidence: [photo],
                idempotencyKey: nextKey(),
              },
            },
            village.admin.token,
          ),
        );
      }
    }
    const counter = countStatements(t.app);
    try {
      let items = 0;
      const statements = await counter.during(async () => {
        const page = expectOk(await t.gql(QUEUE, { v: village.id, limit: 20 }, council2.token));
        items = page.declarations.items.length;
      });
      expect(items).toBe(20);
      // The page itself, then one batch per relation (resident, item, evidence, reviews, names), each
      // its own short transaction: the count does not grow with the page.
      expect(statements.filter((sql) => /\bdeclaration_evidence\b/.test(sql))).toHaveLength(1);
      expect(statements.filter((sql) => /\bdeclaration_review\b/.test(sql))).toHaveLength(1);
      expect(statements.length).toBeLessThanOrEqual(40);
    } finally {
      counter.restore();
    }
  });
});
