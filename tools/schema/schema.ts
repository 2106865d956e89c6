import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printServedSchema } from './served-schema';

const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

/** `--write` regenerates schema.graphql; `--check` fails when the committed file is stale. */
async function main(): Promise<void> {
  const mode = process.argv[2];
  const current = await printServedSchema();
  if (mode === '--write') {
    writeFileSync(SCHEMA_FILE, current);
    console.log(`Wrote ${SCHEMA_FILE}`);
  } else if (mode === '--check') {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== current) {
      console.error('schema.graphql is stale: run `npm run schema:write` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log('schema.graphql is current.');
    }
  } else {
    throw new Error('usage: schema --write | --check');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
