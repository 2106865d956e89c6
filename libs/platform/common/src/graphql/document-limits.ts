import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * Bounds on a GraphQL document checked on its text, before graphql-js parses or validates it: the
 * parser and several of graphql-js's own validation rules recurse into nested selections and fragment
 * spreads, so an unbounded document can exhaust the stack or keep the event loop busy before any
 * limit of ours sees it.
 */
export interface DocumentLimits {
  /** UTF-8 bytes of the document (variables are not part of it). */
  maxBytes: number;
  /** Lexical tokens (comments excluded), as graphql-js's own `maxTokens` parse option counts them. */
  maxTokens: number;
  /** Brackets of any kind open at once: `{`, `[`, `(`. */
  maxNesting: number;
  maxFragments: number;
}

/**
 * The largest documents the tests and the explorer send are about 2 KB and 200 tokens (GraphiQL's
 * introspection query: 2,075 bytes, brackets 10 deep); the defaults leave a wide margin above that.
 */
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxBytes: 64 * 1024,
  maxTokens: 4000,
  maxNesting: 64,
  maxFragments: 50,
};

export interface DocumentLimitProblem {
  message: string;
  /** The document is too large as such (HTTP 413) rather than too complex (400). */
  tooLarge: boolean;
}

/**
 * The first limit a document's text exceeds, or null. One pass of graphql-js's lexer (iterative), which
 * stops at the first token past a limit. A document that does not even lex is left to the parser,
 * whose syntax error says more.
 */
export function documentLimitProblem(source: string, limits: DocumentLimits): DocumentLimitProblem | null {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > limits.maxBytes) {
    return { message: `查询文档大小 ${bytes} 字节，超过上限 ${limits.maxBytes} 字节`, tooLarge: true };
  }
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  let fragments = 0;
  // A definition starts at nesting 0, first in the document or right after the previous one's `}`.
  let atDefinitionStart = true;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) {
        return { message: `查询文档的词法单元超过上限 ${limits.maxTokens} 个`, tooLarge: true };
      }
      const kind = token.kind;
      if (kind === TokenKind.BRACE_L || kind === TokenKind.BRACKET_L || kind === TokenKind.PAREN_L) {
        if (++nesting > limits.maxNesting) {
          return { message: `查询文档的括号嵌套超过上限 ${limits.maxNesting} 层`, tooLarge: false };
        }
      } else if (kind === TokenKind.BRACE_R || kind === TokenKind.BRACKET_R || kind === TokenKind.PAREN_R) {
        nesting = Math.max(nesting - 1, 0);
      }
      if (nesting === 0 && atDefinitionStart && kind === TokenKind.NAME && token.value === 'fragment') {
        if (++fragments > limits.maxFragments) {
          return { message: `片段数量超过上限 ${limits.maxFragments} 个`, tooLarge: false };
        }
      }
      atDefinitionStart = nesting === 0 && kind === TokenKind.BRACE_R;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return null;
}
