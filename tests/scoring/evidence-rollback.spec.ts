import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ContextLoader } from '@village/platform-auth';
import { TenantDb, type RequestContext } from '@village/platform-tenancy';
import { DeclarationService, onePixelPng } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { OPEN_SCORING_YEAR } from '../support/documents/scoring';
import { startTestApp, type TestApp } from '../support/test-app';

const today = `${DEMO_YEAR}-11-20`;

/** A PNG with a label of its own, so each test stores bytes no other file has. */
function png(tail: string) {
  const bytes = onePixelPng(tail);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Evidence files are written before the commit and swept when the operation's transaction rolls back. */
describe('evidence files and the transaction', () => {
  let t: TestApp;
  let db: TenantDb;
  let declarations: DeclarationService;
  let resident: RequestContext;
  let villageId: string;
  let key = 0;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday(today);
    db = t.app.get(TenantDb);
    declarations = t.app.get(DeclarationService);
    const [user] = await t.db.adminQuery<{ id: string; village_id: string }>(
      `SELECT u.id, r.village_id FROM app_user u JOIN resident r ON r.user_id = u.id WHERE u.username = 'dazetou-resident'`,
    );
    villageId = user.village_id;
    const admin = await t.login('dazetou-admin');
    await t.gql(OPEN_SCORING_YEAR, { v: villageId, y: DEMO_YEAR }, admin);
    resident = await t.app.get(ContextLoader).forUserId(user.id);
  });
  afterAll(() => t.close());

  const fileOf = (sha256: string) => join(t.config.evidenceDir, villageId, sha256);

  /** Declares with one photo inside an operation whose later step may fail. */
  const declareWithin = (tail: string, laterStepFails: boolean) => {
    const file = png(tail);
    const ctx = resident.forOperation();
    const work = db.runOperation(
      ctx,
      async () => {
        await declarations.declare(ctx, {
          itemCode: 'P01',
          actedOn: today,
          quantity: 1,
          note: '证据回滚测试',
          idempotencyKey: `evidence-rollback-${++key}`,
          evidence: [
            { fileName: '照片.png', contentType: 'image/png', contentBase64: file.bytes.toString('base64') },
          ],
        });
        if (laterStepFails) throw new Error('a later step of the operation failed');
      },
      async () => undefined,
    );
    return { file, work };
  };

  it('keeps the file when the operation commits', async () => {
    const { file, work } = declareWithin('commits', false);
    await work;
    expect(existsSync(fileOf(file.sha256))).toBe(true);
  });

  it('removes the file it wrote when the operation rolls back', async () => {
    const { file, work } = declareWithin('rolls back', true);
    await expect(work).rejects.toThrow('a later step of the operation failed');
    expect(existsSync(fileOf(file.sha256))).toBe(false);
    const rows = await t.db.adminQuery('SELECT 1 FROM declaration_evidence WHERE sha256 = $1', [file.sha256]);
    expect(rows).toHaveLength(0);
  });

  it('leaves a file that a committed declaration already refers to', async () => {
    const first = declareWithin('shared', false);
    await first.work;
    const second = declareWithin('shared', true);
    await expect(second.work).rejects.toThrow();
    expect(existsSync(fileOf(first.file.sha256))).toBe(true);
  });
});
