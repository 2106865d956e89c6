import { createHash } from 'node:crypto';
import { chainHash, Role } from '@village/platform-common';
import { checkpointStatement, verifyCheckpoint } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeDistrict,
  arrangeScoringVillage,
  arrangeUser,
  townAdminOf,
  type ArrangedDistrict,
  type ArrangedVillage,
} from '../support/arrange';
import { arrangePostedNotice } from './posted-notice';

/**
 * The public notice without login (村务公开, issue 14 items 6–7): a posted notice read by anyone with
 * masked names and its digest, an unposted one refused, the verify endpoint catching a line altered in
 * the database and a log that no longer passes through a checkpoint printed earlier; countersigning.
 */

const PUBLIC = graphql(`
  query PublicNoticeRead($id: ID!) {
    publicArtefact(id: $id) {
      artefactId
      kind
      title
      canonical
      digest
      seq
      entryHash
      checkpoint {
        id
        seq
        rootHash
        publicKey
        signature
        countersigns {
          unitName
          capacity
          signerName
        }
      }
    }
  }
`);
const VERIFY = graphql(`
  query PublicNoticeVerify($id: ID!, $seq: Int, $root: String) {
    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {
      inLog
      unchanged
      chainIntact
      checkpointsValid
      printedCheckpointConsistent
      problems
    }
  }
`);
const PUBLISHED = graphql(`
  query PublicNoticePublished {
    publishedArtefacts {
      artefactId
      kind
      villageId
    }
  }
`);
const COUNTERSIGN = graphql(`
  mutation PublicNoticeCountersign($input: CountersignCheckpointInput!) {
    countersignCheckpoint(input: $input) {
      unitName
      capacity
      signerName
    }
  }
`);

/** The checkpoint a read carries (every posted artefact is covered once the log has synced). */
function covering<C>(checkpoint: C | null | undefined): C {
  if (!checkpoint) throw new Error('the artefact has no checkpoint');
  return checkpoint;
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('public notice without login, and verification anyone can do', () => {
  let t: TestApp;
  let district: ArrangedDistrict;
  let village: ArrangedVillage;
  let noticeId: string;
  let unpostedTallyPeriod: string;

  async function postedVillage(
    names: string[],
    d: ArrangedDistrict = district,
  ): Promise<{ village: ArrangedVillage; noticeId: string }> {
    const posted = await arrangePostedNotice(t, d.unit, names);
    unpostedTallyPeriod = posted.unpostedPeriodId;
    return posted;
  }

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    district = await arrangeDistrict(t);
    ({ village, noticeId } = await postedVillage(['张兆明', '欧阳建国', '𠮷祥云']));
  });
  afterAll(() => t.close());

  it('shows a posted notice to anyone, names masked, with a digest the reader can recompute', async () => {
    const read = expectOk(await t.gql(PUBLIC, { id: noticeId })).publicArtefact;
    expect(read.kind).toBe('TALLY_NOTICE');
    expect(read.canonical).not.toMatch(/张兆明|欧阳建国|𠮷祥云/);
    const content = JSON.parse(read.canonical) as { rows: string[][]; village: string; columns: string[] };
    const names = content.rows.map((r) => r[content.columns.indexOf('姓名')]);
    expect(names).toEqual(expect.arrayContaining(['张*明', '欧**国', '𠮷*云']));
    expect(content.village).toBe(village.name);
    expect(read.canonical).not.toMatch(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*residentId/,
    );
    expect(sha256(read.canonical)).toBe(read.digest);
    // The checkpoint that covers it is signed with the published key.
    const cp = covering(read.checkpoint);
    expect(cp.seq).toBeGreaterThanOrEqual(read.seq);
    expect(
      verifyCheckpoint(
        cp.publicKey,
        checkpointStatement(district.unit.id, cp.seq, cp.rootHash),
        cp.signature,
      ),
    ).toBe(true);
  });

  it('refuses what was never posted: a tallied period that is not on notice, and an unknown id', async () => {
    const [tally] = await t.db.adminQuery<{ id: string }>('SELECT id FROM score_tally WHERE period_id = $1', [
      unpostedTallyPeriod,
    ]);
    for (const id of [tally.id, unpostedTallyPeriod, '00000000-0000-4000-8000-000000000000']) {
      expect(errorCode(await t.gql(PUBLIC, { id }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await t.gql(PUBLIC, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
  });

  it('verifies unchanged, consistent with the checkpoint printed earlier, and names a wrong one', async () => {
    const read = expectOk(await t.gql(PUBLIC, { id: noticeId })).publicArtefact;
    const ok = expectOk(
      await t.gql(VERIFY, { id: noticeId, seq: read.checkpoint?.seq, root: read.checkpoint?.rootHash }),
    ).verifyPublicArtefact;
    expect(ok).toEqual({
      inLog: true,
      unchanged: true,
      chainIntact: true,
      checkpointsValid: true,
      printedCheckpointConsistent: true,
      problems: [],
    });
    const wrong = expectOk(
      await t.gql(VERIFY, { id: noticeId, seq: read.checkpoint?.seq, root: 'a'.repeat(64) }),
    ).verifyPublicArtefact;
    expect(wrong.printedCheckpointConsistent).toBe(false);
    expect(wrong.problems.join()).toContain('先前印出的检查点');
  });

  it('detects a notice line altered in the database after posting', async () => {
    const tampered = await postedVillage(['李秀英', '王春燕']);
    const before = expectOk(await t.gql(VERIFY, { id: tampered.noticeId })).verifyPublicArtefact;
    expect(before.unchanged).toBe(true);
    // An attacker with the database's owner rights bypasses the append-only trigger and edits a score.
    await t.db.adminQuery(`
      ALTER TABLE score_tally_line DISABLE TRIGGER USER;
      UPDATE score_tally_line SET credit_score = credit_score + 50
       WHERE tally_id = (SELECT tally_id FROM public_notice WHERE id = '${tampered.noticeId}') AND rank = 1;
      ALTER TABLE score_tally_line ENABLE TRIGGER USER;`);
    const after = expectOk(await t.gql(VERIFY, { id: tampered.noticeId })).verifyPublicArtefact;
    expect(after).toMatchObject({ inLog: true, unchanged: false, chainIntact: true });
    expect(after.problems.join()).toContain('公示后数据被改动过');
    // The public page still shows what was posted (the logged canonical form), not the edit.
    const read = expectOk(await t.gql(PUBLIC, { id: tampered.noticeId })).publicArtefact;
    expect(sha256(read.canonical)).toBe(read.digest);
  });

  it('detects a log entry rewritten in place: the chain breaks and the checkpoints no longer lie on it', async () => {
    // In a district of its own: a broken chain is the whole district's.
    const elsewhere = await arrangeDistrict(t);
    const first = await postedVillage(['宋德福'], elsewhere);
    const other = await postedVillage(['孙德海'], elsewhere);
    await t.db.adminQuery(`
      ALTER TABLE published_artefact DISABLE TRIGGER USER;
      UPDATE published_artefact SET digest = repeat('0', 64) WHERE artefact_id = '${other.noticeId}';
      ALTER TABLE published_artefact ENABLE TRIGGER USER;`);
    const naive = expectOk(await t.gql(VERIFY, { id: first.noticeId })).verifyPublicArtefact;
    expect(naive).toMatchObject({ chainIntact: false });
    expect(naive.problems.join()).toContain('公开记录链');

    // A careful attacker also recomputes the entry's hash: the chain looks whole again, but the signed
    // checkpoint (and the one printed on paper) no longer lie on it.
    const printed = covering(expectOk(await t.gql(PUBLIC, { id: other.noticeId })).publicArtefact.checkpoint);
    const [entry] = await t.db.adminQuery<{ seq: string; kind: string; prev_hash: string }>(
      'SELECT seq, kind, prev_hash FROM published_artefact WHERE artefact_id = $1',
      [other.noticeId],
    );
    const forged = chainHash(
      entry.prev_hash,
      `${entry.seq}|${entry.kind}|${other.noticeId}|${'0'.repeat(64)}`,
    );
    await t.db.adminQuery(`
      ALTER TABLE published_artefact DISABLE TRIGGER USER;
      UPDATE published_artefact SET entry_hash = '${forged}' WHERE artefact_id = '${other.noticeId}';
      ALTER TABLE published_artefact ENABLE TRIGGER USER;`);
    const careful = expectOk(
      await t.gql(VERIFY, { id: first.noticeId, seq: printed.seq, root: printed.rootHash }),
    ).verifyPublicArtefact;
    expect(careful).toMatchObject({
      chainIntact: true,
      checkpointsValid: false,
      printedCheckpointConsistent: false,
    });
  });

  it('lets the town and the supervisory committee countersign, and no one else', async () => {
    const read = expectOk(await t.gql(PUBLIC, { id: noticeId })).publicArtefact;
    const cp = covering(read.checkpoint);
    const townAdmin = await townAdminOf(t, village.town);
    const supervisor = await arrangeUser(t, village.unit, Role.SUPERVISOR, { displayName: '监委会主任' });
    const byVillageAdmin = await t.gql(
      COUNTERSIGN,
      { input: { checkpointId: cp.id, rootHash: cp.rootHash, statement: '已核对' } },
      village.admin.token,
    );
    expect(errorCode(byVillageAdmin)).toBe('FORBIDDEN');
    const wrongRoot = await t.gql(
      COUNTERSIGN,
      { input: { checkpointId: cp.id, rootHash: 'b'.repeat(64), statement: '已核对' } },
      supervisor.token,
    );
    expect(errorCode(wrongRoot)).toBe('BAD_USER_INPUT');
    expect(
      expectOk(
        await t.gql(
          COUNTERSIGN,
          { input: { checkpointId: cp.id, rootHash: cp.rootHash, statement: '与张贴的公示核对一致' } },
          supervisor.token,
        ),
      ).countersignCheckpoint,
    ).toMatchObject({ capacity: '村务监督委员会', signerName: '监委会主任', unitName: village.name });
    expectOk(
      await t.gql(
        COUNTERSIGN,
        { input: { checkpointId: cp.id, rootHash: cp.rootHash, statement: '镇已核对' } },
        townAdmin.token,
      ),
    );
    const again = expectOk(await t.gql(PUBLIC, { id: noticeId })).publicArtefact;
    expect(again.checkpoint?.countersigns.map((c) => c.capacity).sort()).toEqual(['村务监督委员会', '镇']);
  });

  it('lists published artefacts within the caller’s scope only', async () => {
    const mine = expectOk(await t.gql(PUBLISHED, {}, village.admin.token)).publishedArtefacts;
    expect(mine.map((a) => a.artefactId)).toContain(noticeId);
    expect(mine.every((a) => a.villageId === village.id || a.villageId === null)).toBe(true);
    const stranger = await arrangeScoringVillage(t, village.town, DEMO_YEAR);
    const theirs = expectOk(await t.gql(PUBLISHED, {}, stranger.admin.token)).publishedArtefacts;
    expect(theirs.map((a) => a.artefactId)).not.toContain(noticeId);
  });
});

describe('public notice rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false, env: { PUBLIC_REQUESTS_PER_MINUTE: '5' } });
  });
  afterAll(() => t.close());

  it('refuses a client over its budget with RATE_LIMITED and the wait', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.gql(PUBLIC, { id })));
    expect(answers.filter((a) => errorCode(a) === 'NOT_FOUND')).toHaveLength(5);
    const limited = answers.filter((a) => errorCode(a) === 'RATE_LIMITED');
    expect(limited).toHaveLength(3);
    expect(limited[0].errors?.[0].message).toMatch(/访问过于频繁/);
  });
});
