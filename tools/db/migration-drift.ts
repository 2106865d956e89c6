import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchDatabase } from './scratch-database';
import { pendingSchemaChanges } from './schema-diff';

/**
 * `--check`: fail when entities and migrations disagree (CI).
 * `--generate <lib> <Name>`: write the missing SQL as a new migration of that lib (a folder under libs/,
 * e.g. `scoring` or `platform/notifications`) to review and add to the lib's migrations/index.ts.
 */
async function main(): Promise<void> {
  const [mode, lib, name] = process.argv.slice(2);
  if (mode !== '--check' && mode !== '--generate')
    throw new Error('usage: migration-drift --check | --generate <lib> <Name>');
  const scratch = await createScratchDatabase('village_drift');
  try {
    const changes = await pendingSchemaChanges(scratch.adminUrl);
    if (mode === '--check') {
      if (changes.up.length) {
        console.error('Entities and migrations have drifted; missing SQL:\n' + changes.up.join(';\n'));
        process.exitCode = 1;
      } else {
        console.log('No drift: entities match the migrations.');
      }
      return;
    }
    const folder = join(__dirname, '../../../libs', lib ?? '', 'src/migrations');
    if (!lib || !existsSync(folder)) throw new Error(`no migrations folder for lib "${lib}": ${folder}`);
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name');
    if (!changes.up.length) {
      console.log('Nothing to generate: entities match the migrations.');
      return;
    }
    const timestamp = Date.now();
    const file = join(folder, `${timestamp}-${name}.ts`);
    writeFileSync(file, migrationSource(`${name}${timestamp}`, changes.up, changes.down.reverse()));
    console.log(`Wrote ${file}\nReview it, then add it to ${join(folder, 'index.ts')}.`);
  } finally {
    await scratch.drop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
