import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printServedSchema } from '../../tools/schema/served-schema';

describe('schema.graphql', () => {
  it('is the schema the API serves (run `npm run schema:write` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    expect(await printServedSchema()).toBe(committed);
  });
});
