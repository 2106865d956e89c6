import { getIntrospectionQuery, Lexer } from 'graphql';
import { DEFAULT_DOCUMENT_LIMITS, documentLimitProblem, type DocumentLimits } from './document-limits';

const LIMITS: DocumentLimits = { maxBytes: 1000, maxTokens: 100, maxNesting: 5, maxFragments: 2 };

function problem(source: string, limits: Partial<DocumentLimits> = {}) {
  return documentLimitProblem(source, { ...LIMITS, ...limits })?.message ?? null;
}

describe('documentLimitProblem', () => {
  it('accepts what is within every limit, and the explorer’s introspection query by default', () => {
    expect(problem('{ a { b } }')).toBeNull();
    expect(documentLimitProblem(getIntrospectionQuery(), DEFAULT_DOCUMENT_LIMITS)).toBeNull();
  });

  it('counts bytes in UTF-8', () => {
    const chinese = `{ a(s: "${'村'.repeat(330)}") }`; // 342 characters, 1,002 bytes
    expect(chinese.length).toBeLessThan(1000);
    expect(problem(chinese)).toBe('查询文档大小 1002 字节，超过上限 1000 字节');
    expect(documentLimitProblem('{ a }'.padEnd(1001), LIMITS)?.tooLarge).toBe(true);
  });

  it('counts tokens, comments excluded', () => {
    expect(problem(`{ ${'a '.repeat(98)}}`)).toBeNull();
    expect(problem(`{ ${'a '.repeat(99)}}`)).toBe('查询文档的词法单元超过上限 100 个');
    expect(problem(`# ${'x '.repeat(400)}\n{ a }`)).toBeNull();
  });

  it('bounds brackets of every kind open at once, ignoring those inside strings and comments', () => {
    expect(problem('{ a { b { c { d { e } } } } }')).toBeNull();
    expect(problem('{ a { b { c { d { e { f } } } } } }')).toBe('查询文档的括号嵌套超过上限 5 层');
    expect(problem('{ a(x: [[[[1]]]]) }')).toBe('查询文档的括号嵌套超过上限 5 层');
    expect(problem('{ a(x: "{{{{{{{{") } # [[[[[[[[[')).toBeNull();
  });

  it('stops at the first bracket past the limit, however deep the rest goes', () => {
    const deep = '{' + 'a{'.repeat(30_000) + 'b' + '}'.repeat(30_000) + '}';
    // Counted in tokens read, not in milliseconds: a loaded machine must not fail it, a full scan must.
    const advance = jest.spyOn(Lexer.prototype, 'advance');
    try {
      expect(problem(deep, { maxBytes: 1e6, maxTokens: 1e6 })).toBe('查询文档的括号嵌套超过上限 5 层');
      expect(advance).toHaveBeenCalledTimes(11); // `{` then five `a{`: the sixth bracket, token 11, stops it
    } finally {
      advance.mockRestore();
    }
  });

  it('counts fragment definitions, not fragments or fields named "fragment"', () => {
    expect(problem('{ ...A } fragment A on Q { fragment } fragment fragment on Q { a }')).toBeNull();
    expect(problem('{ ...A } fragment A on Q { a } fragment B on Q { a } fragment C on Q { a }')).toBe(
      '片段数量超过上限 2 个',
    );
    expect(problem('query fragment { a } fragment A on Q { a } fragment B on Q { a }')).toBeNull();
  });

  it('leaves a document that does not lex to the parser', () => {
    expect(problem('{ a(s: "unterminated) }')).toBeNull();
  });
});
