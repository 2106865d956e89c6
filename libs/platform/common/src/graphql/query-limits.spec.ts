import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { costProblems, measureOperation, queryLimitsRule, type QueryLimits } from './query-limits';

const schema = buildSchema(`
  type Unit { id: ID! name: String! children(limit: Int): [Unit!]! }
  type Page { total: Int! items: [Unit!]! }
  type Query {
    unit: Unit
    units(limit: Int): [Unit!]!
    page(limit: Int! = 20): Page!
    roots: [Unit!]!
  }
`);

const LIMITS: QueryLimits = {
  maxDepth: 3,
  maxAliases: 2,
  maxCost: 100,
  maxFragmentDepth: 3,
  exemptIntrospection: false,
};

/** What validation says (depth, aliases, fragment depth). */
function errors(query: string, limits: Partial<QueryLimits> = {}): string[] {
  return validate(schema, parse(query), [queryLimitsRule({ ...LIMITS, ...limits })]).map((e) => e.message);
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  return document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
}

function measure(query: string | DocumentNode, variables: Record<string, unknown> = {}) {
  const document = typeof query === 'string' ? parse(query) : query;
  return measureOperation(schema, document, operationOf(document), variables);
}

/** What the cost check at operation time says, with the request's variables. */
function costErrors(query: string, variables: Record<string, unknown> = {}, maxCost = 100): string[] {
  return costProblems(measure(query, variables), { ...LIMITS, maxCost });
}

/** `{ ...f0 } fragment f0 on Query { ...f1 ...f1 } … fragment f<n> on Query { __typename }` */
function doublingFragments(n: number): string {
  const fragments = Array.from(
    { length: n },
    (_, i) => `fragment f${i} on Query { ...f${i + 1} ...f${i + 1} }`,
  ).join(' ');
  return `{ ...f0 } ${fragments} fragment f${n} on Query { __typename }`;
}

/** A document the parser itself could not read (it recurses): `{ unit { unit { … } } }`, n deep. */
function nestedDocument(n: number): DocumentNode {
  let selectionSet: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }],
  };
  for (let i = 0; i < n; i++) {
    selectionSet = {
      kind: Kind.SELECTION_SET,
      selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'children' }, selectionSet }],
    };
  }
  return {
    kind: Kind.DOCUMENT,
    definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet }],
  } as DocumentNode;
}

describe('queryLimitsRule', () => {
  it('accepts what is within every limit', () => {
    expect(errors('{ unit { id children { name } } }')).toEqual([]);
  });

  it('counts depth in nested selection sets, through fragments and inline fragments', () => {
    expect(errors('{ unit { children { children { id } } } }')).toEqual([]);
    expect(errors('{ unit { children { children { children { id } } } } }')).toEqual([
      '查询嵌套深度 4 超过上限 3',
    ]);
    expect(
      errors('{ unit { ...F } } fragment F on Unit { children { children { children { id } } } }'),
    ).toEqual(['查询嵌套深度 4 超过上限 3']);
    expect(errors('{ unit { ... on Unit { children { children { children { id } } } } } }')).toEqual([
      '查询嵌套深度 4 超过上限 3',
    ]);
  });

  it('counts aliases anywhere in the operation, once per spread of a fragment', () => {
    expect(errors('{ a: unit { id } b: unit { x: id } }')).toEqual(['别名数量 3 超过上限 2']);
    expect(errors('{ unit { ...F ...F } } fragment F on Unit { x: id y: name }')).toEqual([
      '别名数量 4 超过上限 2',
    ]);
  });

  it('bounds fragments spread inside fragments', () => {
    const chain = (n: number) =>
      '{ ...f0 } ' +
      Array.from({ length: n }, (_, i) => `fragment f${i} on Query { ...f${i + 1} }`).join(' ') +
      ` fragment f${n} on Query { __typename }`;
    expect(errors(chain(2))).toEqual([]); // f0 → f1 → f2: three spreads deep
    expect(errors(chain(3))).toEqual(['片段嵌套深度 4 超过上限 3']);
  });

  it('does not loop on a fragment cycle (graphql-js reports the cycle itself)', () => {
    expect(errors('{ unit { ...A } } fragment A on Unit { children { ...A } }')).toEqual([]);
    expect(errors('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toEqual([]);
  });

  it('leaves the cost to the operation-time check, which knows the variables', () => {
    expect(errors('{ units(limit: 1000) { id name } }')).toEqual([]);
  });

  it('lets an introspection query through the depth limit only when told to', () => {
    const introspection = getIntrospectionQuery();
    expect(errors(introspection, { maxDepth: 8 })[0]).toMatch(/^查询嵌套深度 \d+ 超过上限 8$/);
    expect(errors(introspection, { maxDepth: 8, exemptIntrospection: true })).toEqual([]);
    // The exemption is for the introspection fields only: data beside them is still counted.
    expect(
      errors('{ __schema { types { name } } unit { children { children { children { id } } } } }', {
        exemptIntrospection: true,
      }),
    ).toEqual(['查询嵌套深度 4 超过上限 3']);
  });
});

describe('measureOperation', () => {
  it('multiplies the cost of a list by its limit argument', () => {
    // units(limit: 50) { id name } = 1 + 50 × 2 = 101
    expect(costErrors('{ units(limit: 50) { id name } }')).toEqual(['查询成本 101 超过上限 100']);
    expect(costErrors('{ units(limit: 49) { id name } }')).toEqual([]);
  });

  it('charges a limit given as a variable at the value the request gives it', () => {
    const query = 'query($n: Int) { units(limit: $n) { id name } }';
    expect(measure(query, { n: 50 }).cost).toBe(101);
    expect(costErrors(query, { n: 50 })).toEqual(['查询成本 101 超过上限 100']);
    expect(costErrors(query, { n: 49 })).toEqual([]);
  });

  it("takes the variable's default, then the argument's default, when the request gives none", () => {
    expect(measure('query($n: Int = 30) { units(limit: $n) { id } }').cost).toBe(31);
    expect(measure('query($n: Int = 30) { units(limit: $n) { id } }', { n: 5 }).cost).toBe(6);
    // page(limit: Int! = 20): 1 + 20 × (total + items + id + name) = 81
    expect(measure('{ page { total items { id name } } }').cost).toBe(81);
    expect(measure('query($n: Int!) { page(limit: $n) { total } }').cost).toBe(21);
    expect(measure('query($n: Int!) { page(limit: $n) { total } }', { n: 100 }).cost).toBe(101);
  });

  it('refuses a limit that ends up with no value at all', () => {
    expect(costErrors('{ units { id } }')).toEqual(['列表字段 units 没有给出 limit，无法估算查询成本']);
    expect(costErrors('query($n: Int) { units(limit: $n) { id } }', { n: null })).toEqual([
      '列表字段 units 没有给出 limit，无法估算查询成本',
    ]);
    // A list without a limit argument is bounded by its parent's limit or by the data: charged once.
    expect(measure('{ roots { id name } }').cost).toBe(3);
  });

  it('measures each fragment once: 60 fragments spreading the next twice are 2^60, instantly', () => {
    // Measured once per fragment or this would not finish: 2^60 visits outlast the test's timeout.
    const m = measure(doublingFragments(60));
    expect(m.cost).toBe(2 ** 60);
    expect(m.fragmentDepth).toBe(61);
    expect(costProblems(m, LIMITS)).toEqual([`查询成本 ${2 ** 60} 超过上限 100`]);
    // The document of issue 9 (1,018 bytes, 26 fragments) that took seconds to refuse.
    expect(doublingFragments(25)).toHaveLength(1018);
    expect(measure(doublingFragments(25)).cost).toBe(2 ** 25);
    // Past a double's range the cost stays at the largest double rather than becoming Infinity.
    expect(Number.isFinite(measure(doublingFragments(1100)).cost)).toBe(true);
  });

  it('walks 30,000 nested selection sets and a 30,000-fragment chain without exhausting the stack', () => {
    expect(measure(nestedDocument(30_000)).depth).toBe(30_000);
    const chain =
      '{ ...f0 } ' +
      Array.from({ length: 30_000 }, (_, i) => `fragment f${i} on Query { ...f${i + 1} }`).join(' ') +
      ' fragment f30000 on Query { unit { id } }';
    const m = measure(chain);
    expect(m.fragmentDepth).toBe(30_001);
    expect(m.depth).toBe(1);
  });
});
