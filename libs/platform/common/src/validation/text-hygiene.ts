/**
 * What every piece of text a client sends must satisfy before it reaches a resolver or the database.
 * PostgreSQL refuses NUL and unpaired UTF-16 halves (a 500 and, before, a lost audit row); terminal
 * escapes and bidirectional overrides (U+202E) let a name print differently from what it is on the
 * bulletin board and in the audit log. Tab and line breaks are allowed only in multi-line text.
 */

/** Longest text accepted anywhere, whatever a field's own limit (files travel as `contentBase64`). */
export const MAX_TEXT_LENGTH = 10_000;

// C0 controls except tab, LF, CR; DEL; C1 controls; zero-width and direction marks; bidi embeddings,
// overrides and isolates; BOM; the non-characters U+FFFE and U+FFFF.
/* eslint-disable no-control-regex -- finding control characters is the point */
const FORBIDDEN_ALWAYS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/;
/* eslint-enable no-control-regex */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface TextRules {
  /** Tab and line breaks allowed (notes, reasons, clauses). */
  multiline: boolean;
  /** Passwords are taken as typed: whitespace-only is the user's choice, not a mistake. */
  verbatim?: boolean;
  maxLength?: number;
}

/** Why `value` is refused, in words for the user, or null when it is acceptable. */
export function textProblem(value: string, rules: TextRules): string | null {
  const max = rules.maxLength ?? MAX_TEXT_LENGTH;
  if (value.length > max) return `长度不能超过 ${max} 个字符（收到 ${value.length} 个）`;
  if (value.includes('\u0000')) return '不能包含空字符（NUL）';
  if (LONE_SURROGATE.test(value)) return '包含无效的字符编码';
  if (FORBIDDEN_ALWAYS.test(value)) return '不能包含控制字符或不可见的方向控制符';
  if (!rules.multiline && LINE_BREAK_OR_TAB.test(value)) return '不能包含换行符或制表符';
  if (!rules.verbatim) {
    // Empty stays the field's own business (some default to ''); spaces alone are never a value.
    if (value.length > 0 && value.trim().length === 0) return '不能只包含空白字符';
  }
  return null;
}
