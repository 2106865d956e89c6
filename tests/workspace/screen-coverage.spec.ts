import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { SCREENLESS_OPERATIONS } from './screenless-operations';

const ROOT = join(__dirname, '..', '..');
const WEB_SOURCES = ['apps/web-admin/src', 'apps/web-villager/src', 'libs/web/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Root fields that the web apps' documents (`graphql(\`…\`)`) ask for, by operation type. */
function usedRootFields(): Set<string> {
  const used = new Set<string>();
  for (const file of WEB_SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const definition of parse(match[1]).definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const operation = definition as OperationDefinitionNode;
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind === 'Field') used.add(`${operation.operation}.${selection.name.value}`);
        }
      }
    }
  }
  return used;
}

/**
 * Issue 11: every query and mutation a cadre or villager uses in their daily work is reachable from a
 * screen. An operation no screen asks for must be listed, with the reason, in screenless-operations.ts —
 * so a new API operation without a screen fails here until it has one or a reason.
 */
describe('every API operation has a screen', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  const rootFields = (type: GraphQLObjectType | null | undefined, kind: string) =>
    Object.keys(type?.getFields() ?? {}).map((name) => `${kind}.${name}`);
  const operations = [
    ...rootFields(schema.getQueryType(), 'query'),
    ...rootFields(schema.getMutationType(), 'mutation'),
  ];
  const used = usedRootFields();

  it('is used by a web document, or listed with its reason', () => {
    const missing = operations.filter((op) => !used.has(op) && !(op in SCREENLESS_OPERATIONS));
    expect(missing).toEqual([]);
  });

  it('lists no operation that a screen does use, and none the schema lacks', () => {
    const listed = Object.keys(SCREENLESS_OPERATIONS);
    expect(listed.filter((op) => used.has(op))).toEqual([]);
    expect(listed.filter((op) => !operations.includes(op))).toEqual([]);
  });
});
