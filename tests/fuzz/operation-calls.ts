import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { HOSTILE, pick } from './hostile-values';
import type { RealIds } from './real-ids';

export interface FuzzCall {
  operation: string;
  /** Where the hostile value went, e.g. `input.note`. */
  target: string;
  query: string;
  variables: Record<string, unknown>;
}

type Path = (string | number)[];

/** A root field's document: every argument as a variable, the result reduced to `__typename`. */
export function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  // An argument with a default takes a nullable variable, so the fuzz may leave it out.
  const vars = field.args
    .map(
      (a) =>
        `$${a.name}: ${a.defaultValue === undefined ? a.type.toString() : getNullableType(a.type).toString()}`,
    )
    .join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** Plausible values, so that only the argument under attack is wrong. */
export function baseValue(
  type: GraphQLInputType,
  name: string,
  operation: string,
  ids: RealIds,
  depth = 0,
): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [baseValue(inner.ofType, name, operation, ids, depth)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined && depth < 4) {
        value[field.name] = baseValue(field.type, field.name, operation, ids, depth + 1);
      }
    }
    return value;
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return ids.idFor(name, operation);
    case 'Int':
      return /year/i.test(name) ? 2026 : name === 'offset' ? 0 : name === 'limit' ? 10 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      if (/(Date|On|From|End)$|^(date|from|to)$/.test(name)) return '2026-06-01';
      if (ids.textFor(name)) return ids.textFor(name);
      return '模糊测试';
  }
}

/** Every leaf an argument can reach (nested input fields and list elements), with its type. */
function leaves(type: GraphQLInputType, path: Path, depth = 0): { path: Path; type: GraphQLInputType }[] {
  const inner = getNullableType(type);
  if (isListType(inner)) return leaves(inner.ofType, [...path, 0], depth);
  if (isInputObjectType(inner)) {
    if (depth > 3) return [];
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], depth + 1));
  }
  return [{ path, type }];
}

/** `base` with `value` put at `path`, creating the objects and lists on the way. */
function withValue(base: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

/** The calls for one root field: per leaf, a few hostile values of its type (seeded choice). */
export function callsFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: RealIds,
  random: () => number,
  perLeaf: number,
): FuzzCall[] {
  const query = documentFor(kind, field);
  const base: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      base[arg.name] = baseValue(arg.type, arg.name, field.name, ids);
    }
  }
  const calls: FuzzCall[] = [];
  for (const arg of field.args) {
    for (const leaf of leaves(arg.type, [arg.name])) {
      const pool = HOSTILE[getNamedType(leaf.type).name];
      if (!pool || getNamedType(leaf.type).name === 'Boolean') continue;
      for (const value of pick(pool, perLeaf, random)) {
        calls.push({
          operation: field.name,
          target: leaf.path.join('.'),
          query,
          variables: withValue(base, leaf.path, value),
        });
      }
    }
  }
  return calls;
}
