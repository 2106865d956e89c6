import {
  GraphQLError,
  Kind,
  type ArgumentNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 15, maxCost: 5000 };

/** The page size a list field is charged at when the query does not say. */
const DEFAULT_LIST_SIZE = 20;

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures one operation: depth of nested selections, number of aliases and an estimated cost, where
 * every field costs 1 and a field with a `limit` argument multiplies what is under it by that limit.
 * Fragments are expanded; a fragment cycle is left to graphql-js's own rule.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let child: Measure = { depth: 0, aliases: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
      const inner = selection.selectionSet
        ? measure(selection.selectionSet, fragments, variables, visiting)
        : { depth: 0, aliases: 0, cost: 0 };
      const multiplier = selection.selectionSet ? limitArgument(selection.arguments ?? [], variables) : 1;
      // Depth counts nested selection sets: `{ me { username } }` is depth 1.
      child = {
        depth: selection.selectionSet ? inner.depth + 1 : 0,
        aliases: inner.aliases,
        cost: 1 + multiplier * inner.cost,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      child = measure(selection.selectionSet, fragments, variables, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !visiting.has(name)) {
        visiting.add(name);
        child = measure(fragment.selectionSet, fragments, variables, visiting);
        visiting.delete(name);
      }
    }
    depth = Math.max(depth, child.depth);
    aliases += child.aliases;
    cost += child.cost;
  }
  return { depth, aliases, cost };
}

function limitArgument(args: readonly ArgumentNode[], variables: Record<string, unknown>): number {
  const arg = args.find((a) => a.name.value === 'limit');
  if (!arg) return 1;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const value = variables[arg.value.name.value];
    return typeof value === 'number' ? value : DEFAULT_LIST_SIZE;
  }
  return DEFAULT_LIST_SIZE;
}

/**
 * A graphql-js validation rule enforcing depth, alias and cost limits before anything executes.
 * Variables are not known at validation time in Apollo, so a `limit: $var` is charged at the default page size.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, fragments, {}, new Set());
        const problems: string[] = [];
        if (m.depth > limits.maxDepth) problems.push(`查询嵌套深度 ${m.depth} 超过上限 ${limits.maxDepth}`);
        if (m.aliases > limits.maxAliases)
          problems.push(`别名数量 ${m.aliases} 超过上限 ${limits.maxAliases}`);
        if (m.cost > limits.maxCost) problems.push(`查询成本 ${m.cost} 超过上限 ${limits.maxCost}`);
        for (const message of problems) {
          context.reportError(
            new GraphQLError(message, { nodes: [node] }), // Apollo reports it as GRAPHQL_VALIDATION_FAILED
          );
        }
      },
    };
  };
}
