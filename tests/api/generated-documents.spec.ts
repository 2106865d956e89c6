import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '../..');

/**
 * The typed documents in tests/support/generated are generated from schema.graphql and the `graphql()`
 * documents of the suites. This fails when a document no longer matches the schema, or when the
 * committed output is stale (run `npm run codegen`).
 */
describe('typed GraphQL documents of the suites', () => {
  it('are generated from the committed schema and match it', async () => {
    const bin = join(root, 'node_modules/.bin/graphql-codegen');
    const run = promisify(execFile)(bin, ['--config', 'tools/codegen/codegen.ts', '--check'], {
      cwd: root,
      env: { ...process.env, CI: 'true' },
    });
    await expect(run).resolves.toBeDefined();
  });
});
