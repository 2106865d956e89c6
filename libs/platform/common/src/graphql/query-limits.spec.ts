import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Unit { id: ID! name: String! children(limit: Int): [Unit!]! }
  type Query { unit: Unit units(limit: Int): [Unit!]! }
`);

function errors(query: string, limits = { maxDepth: 3, maxAliases: 2, maxCost: 100 }): string[] {
  return validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.message);
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

  it('counts aliases anywhere in the operation', () => {
    expect(errors('{ a: unit { id } b: unit { x: id } }')).toEqual(['别名数量 3 超过上限 2']);
  });

  it('multiplies the cost of a list by its limit argument', () => {
    // units(limit: 50) { id name } = 1 + 50 × 2 = 101
    expect(errors('{ units(limit: 50) { id name } }')).toEqual(['查询成本 101 超过上限 100']);
    expect(errors('{ units(limit: 49) { id name } }')).toEqual([]);
  });

  it('charges a limit given as a variable at the default page size', () => {
    // 1 + 20 × 5 = 101
    expect(
      errors('query($n: Int) { units(limit: $n) { id name id2: id id3: name } }', {
        maxDepth: 3,
        maxAliases: 5,
        maxCost: 100,
      }),
    ).toEqual([]);
    expect(
      errors('query($n: Int) { units(limit: $n) { id name a: id b: name c: id } }', {
        maxDepth: 3,
        maxAliases: 5,
        maxCost: 100,
      }),
    ).toEqual(['查询成本 101 超过上限 100']);
  });

  it('does not loop on a fragment cycle (graphql-js reports the cycle itself)', () => {
    const messages = errors('{ unit { ...A } } fragment A on Unit { children { ...A } }');
    expect(messages).toEqual([]);
  });
});
