import {
  GraphQLError,
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Fragments spreading fragments spreading fragments…: legitimate documents stay shallow. */
  maxFragmentDepth: number;
  /**
   * Selections under `__schema` / `__type` are neither deep nor costly in the sense of the limits (the
   * schema is small and fixed); true lets a client's introspection query through the depth limit.
   * Production turns introspection off altogether, so this matters outside production only.
   */
  exemptIntrospection: boolean;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5000,
  maxFragmentDepth: 10,
  exemptIntrospection: false,
};

/** What a `limit` that is not an Int (validation refuses it anyway) is charged at: one page. */
export const DEFAULT_LIST_SIZE = 20;

export interface Measure {
  /** Nested selection sets: `{ me { username } }` is depth 1. */
  depth: number;
  aliases: number;
  /** Every field 1; a field with a `limit` argument multiplies what is under it by that limit. */
  cost: number;
  /** Longest chain of fragment spreads inside one another. */
  fragmentDepth: number;
  /** Fields whose `limit` has no value at all (no argument, no variable, no default): unbounded. */
  unbounded: string[];
}

const ZERO: Measure = { depth: 0, aliases: 0, cost: 0, fragmentDepth: 0, unbounded: [] };

/** How the measure of a nested selection set is folded into the selection set containing it. */
type Fold =
  | { kind: 'field'; alias: boolean; multiplier: number }
  | { kind: 'inline' }
  | { kind: 'spread'; fragment: string };

interface Frame {
  selections: readonly SelectionNode[];
  next: number;
  parentType: GraphQLNamedType | undefined;
  acc: Measure;
  fold: Fold | null;
}

/**
 * Measures one operation without recursion (a 30,000-deep document cannot exhaust the stack) and
 * measures each fragment once however often it is spread (a fragment spreading the next one twice, 26
 * deep, is 2^26 expansions otherwise): the result for a fragment is kept for the rest of the walk.
 * A fragment cycle is left to graphql-js's own rule (the spread inside the cycle counts as nothing).
 * `variables` are the request's; a `limit: $var` nobody gave takes the variable's default, then the
 * argument's default, then one page.
 */
export function measureOperation(
  schema: GraphQLSchema | null,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
  options: { exemptIntrospection?: boolean } = {},
): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ArgumentNode['value']>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const rootType = schema
    ? ((operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType()) ?? undefined)
    : undefined;
  const stack: Frame[] = [frame(operation.selectionSet.selections, rootType, null)];

  for (;;) {
    const top = stack[stack.length - 1];
    if (top.next === top.selections.length) {
      stack.pop();
      if (top.fold?.kind === 'spread') {
        measured.set(top.fold.fragment, top.acc);
        inProgress.delete(top.fold.fragment);
      }
      if (!top.fold) return top.acc;
      add(stack[stack.length - 1].acc, top.acc, top.fold);
      continue;
    }
    const selection = top.selections[top.next++];
    if (selection.kind === Kind.FIELD) {
      const alias = selection.alias !== undefined;
      const name = selection.name.value;
      const introspection = name === '__schema' || name === '__type';
      if (!selection.selectionSet || (introspection && options.exemptIntrospection)) {
        top.acc.cost += 1;
        if (alias) top.acc.aliases += 1;
        continue;
      }
      const field = fieldOf(top.parentType, name);
      const multiplier = listSize(selection, field, variables, variableDefaults);
      if (multiplier === null) top.acc.unbounded.push(name);
      const childType = field ? getNamedType(field.type) : undefined;
      stack.push(
        frame(selection.selectionSet.selections, childType, {
          kind: 'field',
          alias,
          multiplier: multiplier ?? DEFAULT_LIST_SIZE,
        }),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? schema?.getType(selection.typeCondition.name.value)
        : top.parentType;
      stack.push(frame(selection.selectionSet.selections, type, { kind: 'inline' }));
    } else {
      const name = selection.name.value;
      const done = measured.get(name);
      const fragment = fragments.get(name);
      if (done) {
        add(top.acc, done, { kind: 'spread', fragment: name });
      } else if (fragment && !inProgress.has(name)) {
        inProgress.add(name);
        const type = schema?.getType(fragment.typeCondition.name.value);
        stack.push(frame(fragment.selectionSet.selections, type, { kind: 'spread', fragment: name }));
      }
    }
  }
}

function frame(
  selections: readonly SelectionNode[],
  parentType: GraphQLNamedType | undefined,
  fold: Fold | null,
): Frame {
  return { selections, next: 0, parentType, fold, acc: { ...ZERO, unbounded: [] } };
}

/** Folds a nested measure into its container's; costs beyond a double's range stay at the maximum. */
function add(into: Measure, inner: Measure, fold: Fold): void {
  if (fold.kind === 'field') {
    into.depth = Math.max(into.depth, inner.depth + 1);
    into.aliases += inner.aliases + (fold.alias ? 1 : 0);
    into.cost = Math.min(into.cost + 1 + fold.multiplier * inner.cost, Number.MAX_VALUE);
  } else {
    into.depth = Math.max(into.depth, inner.depth);
    into.aliases += inner.aliases;
    into.cost = Math.min(into.cost + inner.cost, Number.MAX_VALUE);
  }
  const spread = fold.kind === 'spread' ? 1 : 0;
  into.fragmentDepth = Math.max(into.fragmentDepth, inner.fragmentDepth + spread);
  if (inner.unbounded.length && into.unbounded.length < 10)
    into.unbounded.push(...inner.unbounded.slice(0, 10));
}

function fieldOf(
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (!parentType || !(isObjectType(parentType) || isInterfaceType(parentType))) return undefined;
  return parentType.getFields()[name];
}

/**
 * What a field with a selection set multiplies its content by: its `limit` (given, from a variable, the
 * variable's default, or the argument's default), else 1. Lists without a `limit` argument (a page's
 * `items`, a person's roles, a tally's lines) are bounded by their parent's limit or by the data, and
 * charging them a page each would charge a page of pages. null: a `limit` that ends up with no value.
 */
function listSize(
  node: FieldNode,
  field: GraphQLField<unknown, unknown> | undefined,
  variables: Readonly<Record<string, unknown>>,
  variableDefaults: Map<string, ArgumentNode['value']>,
): number | null {
  const given = node.arguments?.find((a) => a.name.value === 'limit');
  const declared = field?.args.find((a) => a.name === 'limit');
  if (given || declared) {
    let value: unknown;
    if (given?.value.kind === Kind.VARIABLE) {
      const name = given.value.name.value;
      const fallback = variableDefaults.get(name);
      value =
        name in variables
          ? variables[name]
          : fallback?.kind === Kind.INT
            ? Number(fallback.value)
            : undefined;
    } else if (given?.value.kind === Kind.INT) {
      value = Number(given.value.value);
    } else if (given) {
      value = given.value.kind === Kind.NULL ? null : DEFAULT_LIST_SIZE; // not an Int: validation refuses it
    }
    if (value === undefined) value = declared?.defaultValue;
    if (value === undefined || value === null) return null;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : DEFAULT_LIST_SIZE;
  }
  return 1;
}

/** The depth, alias and fragment problems of a measure, as the messages a client sees. */
export function structureProblems(m: Measure, limits: QueryLimits): string[] {
  const problems: string[] = [];
  if (m.depth > limits.maxDepth) problems.push(`查询嵌套深度 ${m.depth} 超过上限 ${limits.maxDepth}`);
  if (m.aliases > limits.maxAliases) problems.push(`别名数量 ${m.aliases} 超过上限 ${limits.maxAliases}`);
  if (m.fragmentDepth > limits.maxFragmentDepth) {
    problems.push(`片段嵌套深度 ${m.fragmentDepth} 超过上限 ${limits.maxFragmentDepth}`);
  }
  return problems;
}

/** The cost problems of a measure taken with the request's variables. */
export function costProblems(m: Measure, limits: QueryLimits): string[] {
  const problems: string[] = [];
  if (m.unbounded.length) {
    problems.push(`列表字段 ${[...new Set(m.unbounded)].join('、')} 没有给出 limit，无法估算查询成本`);
  }
  if (m.cost > limits.maxCost) problems.push(`查询成本 ${formatCost(m.cost)} 超过上限 ${limits.maxCost}`);
  return problems;
}

function formatCost(cost: number): string {
  return cost < 1e21 ? String(cost) : cost.toExponential(2);
}

/**
 * A graphql-js validation rule enforcing the depth, alias and fragment-depth limits before anything
 * executes. The cost needs the request's variables, which validation does not see: it is checked when
 * the operation is resolved (apps/api query-cost plugin, with `measureOperation` and `costProblems`).
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const m = measureOperation(context.getSchema(), context.getDocument(), node, {}, limits);
      for (const message of structureProblems(m, limits)) {
        context.reportError(
          new GraphQLError(message, { nodes: [node] }), // Apollo reports it as GRAPHQL_VALIDATION_FAILED
        );
      }
    },
  });
}
