import { Client } from 'pg';
import { Role } from '@village/platform-common';
import { TenantDb, type OrgRef, type RequestContext } from '@village/platform-tenancy';
import { LedgerService, type NewLedgerEntry } from '@village/scoring';
import { ScoreTrack } from '@village/rulebook';
import { LEDGER_CHAIN_CHECK, LEDGER_ENTRIES } from '../support/documents/ledger';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  systemContext,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * The ledger's guarantees, exercised through its service inside real transactions: idempotent writes,
 * reversals instead of edits, no UPDATE/DELETE for anyone, and a hash chain that exposes a row altered
 * directly in the database.
 */
describe('the ledger', () => {
  let t: TestApp;
  let ledger: LedgerService;
  let db: TenantDb;
  let council: RequestContext;
  let village: OrgRef;
  let residentId: string;
  let otherVillageResident: string;
  let units: Record<string, OrgRef>;

  const entry = (overrides: Partial<NewLedgerEntry> = {}): NewLedgerEntry => ({
    villageId: village.id,
    residentId,
    track: ScoreTrack.CREDIT,
    points: 2,
    itemCode: 'P03',
    itemName: '参加村庄环境清理整治',
    itemPointsMin: 1.2,
    itemPointsMax: 1.2,
    actedOn: '2026-03-14',
    ...overrides,
  });
  const append = (e: NewLedgerEntry, key: string, ctx = council) =>
    db.run(ctx, (tx) => ledger.append(tx, e, key));
  const chain = async () =>
    expectOk(await t.gql(LEDGER_CHAIN_CHECK, { v: village.id }, auditor)).ledgerChainCheck;

  let arranged: ArrangedVillage;
  let otherVillage: ArrangedVillage;
  let auditor: string;
  let townAdmin: string;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    ledger = t.app.get(LedgerService);
    db = t.app.get(TenantDb);
    units = await orgUnits(t);
    auditor = (await arrangeUser(t, units['文登区'], Role.AUDITOR)).token;
    townAdmin = (await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN)).token;
    otherVillage = await arrangeVillage(t, units['文登营镇']);
    otherVillageResident = (await arrangeResident(t, otherVillage)).id;
  });
  afterAll(() => t.close());

  // A village of its own per test: its own chain, which a tampering test may break for itself alone.
  beforeEach(async () => {
    arranged = await arrangeVillage(t, units['宋村镇']);
    village = arranged.unit;
    council = systemContext(village, Role.CREDIT_COUNCIL);
    residentId = (await arrangeResident(t, arranged)).id;
  });

  it('the same idempotency key twice makes one entry; the same key with another payload is refused', async () => {
    const first = await append(entry(), 'decl-1:approve');
    const again = await append(entry(), 'decl-1:approve');
    expect(again.id).toBe(first.id);
    const rows = await t.db.adminQuery(
      `SELECT id FROM ledger_entry WHERE idempotency_key = 'decl-1:approve' AND village_id = $1`,
      [village.id],
    );
    expect(rows).toHaveLength(1);
    await expect(append(entry({ points: 3 }), 'decl-1:approve')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('freezes the item text and values and chains each entry to the previous one of its village', async () => {
    const a = await append(
      entry({
        itemCode: 'N01',
        itemName: '乱倒垃圾、乱泼污水',
        points: -3,
        itemPointsMin: 1,
        itemPointsMax: 3.5,
      }),
      'chain-a',
    );
    const b = await append(entry({ actedOn: '2026-03-20' }), 'chain-b');
    expect(b.seq).toBe(a.seq + 1);
    expect(b.prevHash).toBe(a.entryHash);
    expect(a).toMatchObject({
      itemName: '乱倒垃圾、乱泼污水',
      points: -3,
      itemPointsMax: 3.5,
      kind: 'NORMAL',
    });
    expect(await chain()).toEqual({ ok: true, entries: b.seq, firstBrokenSeq: null });
  });

  it('corrects by reversal, once, with the reason kept', async () => {
    const original = await append(entry({ points: 1.2 }), 'to-reverse');
    const reversal = await db.run(council, (tx) =>
      ledger.reverse(tx, original.id, '经核实重复登记', 'rev-1'),
    );
    expect(reversal).toMatchObject({
      kind: 'REVERSAL',
      points: -1.2,
      reversesEntryId: original.id,
      reason: '经核实重复登记',
    });
    const retry = await db.run(council, (tx) => ledger.reverse(tx, original.id, '经核实重复登记', 'rev-1'));
    expect(retry.id).toBe(reversal.id);
    await expect(
      db.run(council, (tx) => ledger.reverse(tx, original.id, '再次冲正', 'rev-2')),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const [{ sum }] = await t.db.adminQuery<{ sum: string }>(
      `SELECT sum(points) FROM ledger_entry WHERE id IN ($1, $2)`,
      [original.id, reversal.id],
    );
    expect(Number(sum)).toBe(0);
  });

  // Through the app role's own connection, and as the superuser, on purpose: the database must refuse.
  it('the app role cannot update or delete a ledger row', async () => {
    await append(entry(), 'to-keep');
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.scope_villages', $1, true)`, [`{${village.id}}`]);
      await expect(client.query(`UPDATE ledger_entry SET points = 100`)).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      await expect(client.query(`DELETE FROM ledger_entry`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
    // Not even the owner: the append-only trigger refuses.
    await expect(
      t.db.adminQuery(`UPDATE ledger_entry SET points = 100 WHERE village_id = $1`, [village.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('detects a row altered directly in the database (triggers bypassed) by the chain check', async () => {
    await append(entry({ actedOn: '2026-04-02' }), 'before-tamper');
    await append(entry({ actedOn: '2026-04-03' }), 'after-tamper');
    expect((await chain()).ok).toBe(true);
    const [victim] = await t.db.adminQuery<{ seq: string }>(
      `SELECT seq FROM ledger_entry WHERE idempotency_key = 'before-tamper' AND village_id = $1`,
      [village.id],
    );
    // A superuser with the triggers switched off: the only way left to change history.
    await t.db.adminQuery(
      `BEGIN; SET LOCAL session_replication_role = replica;
       UPDATE ledger_entry SET points = 50 WHERE idempotency_key = 'before-tamper'
         AND village_id = '${village.id}'; COMMIT;`,
    );
    expect(await chain()).toMatchObject({ ok: false, firstBrokenSeq: Number(victim.seq) });
  });

  it('refuses entries for a village outside the caller’s scope, and hides other villages from the check', async () => {
    const other = otherVillage.unit;
    await expect(
      append(entry({ villageId: other.id, residentId: otherVillageResident }), 'foreign'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const res = await t.gql(LEDGER_CHAIN_CHECK, { v: village.id }, otherVillage.admin.token);
    expect(errorCode(res)).toBe('FORBIDDEN'); // village admins hold no AUDIT_READ
    const songcun = await t.gql(LEDGER_CHAIN_CHECK, { v: other.id }, townAdmin);
    expect(errorCode(songcun)).toBe('NOT_FOUND'); // the other village is in another town
  });

  it('residents read their own entries, cadres those of their village, nobody else', async () => {
    const ownResident = await arrangeResident(t, arranged, { login: true });
    const own = { id: ownResident.id };
    const me = (ownResident.user as ArrangedUser).token;
    await append(entry(), 'someone-else');
    await append(entry({ residentId: own.id, actedOn: '2026-05-01' }), 'own-1');
    const entriesOf = (r: string, token: string) =>
      t.gql(LEDGER_ENTRIES, { r, from: '2026-01-01', to: '2026-12-31' }, token);
    const mine = await entriesOf(own.id, me);
    expect(mine.data?.ledgerEntries).toEqual({
      total: 1,
      items: [{ itemName: '参加村庄环境清理整治', points: 2, actedOn: '2026-05-01', kind: 'NORMAL' }],
    });
    expect(errorCode(await entriesOf(residentId, me))).toBe('NOT_FOUND');
    const council = await entriesOf(residentId, arranged.council.token);
    expect(council.data?.ledgerEntries.total).toBeGreaterThan(0);
    expect(errorCode(await entriesOf(residentId, otherVillage.admin.token))).toBe('NOT_FOUND');
  });
});
