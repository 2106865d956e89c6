import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { isCivilDate } from '../dates/civil-date';
import type { FieldError } from '../errors/app.exception';
import { numberProblem } from '../validation/number-hygiene';
import { textProblem, MAX_TEXT_LENGTH } from '../validation/text-hygiene';
import { INVALID_ID_MESSAGE, isUuid } from '../validation/id-field';

/**
 * Fields holding text meant to span lines (a note, a clause, a reason): the only ones where tab and
 * line breaks are accepted. Named once here so every input type follows the same rule.
 */
const MULTILINE_FIELDS = new Set([
  'text',
  'answer',
  'reason',
  'clauses',
  'duties',
  'note',
  'description',
  'comment',
  'procedure',
]);
/** Civil dates ('YYYY-MM-DD') are named …Date, …On, …From, …End, or date/from/to. */
const DATE_FIELD = /(Date|On|From|End)$|^(date|from|to)$/;
const VERBATIM_FIELDS = new Set(['password']);
/** Files travel base64-encoded; their size is checked where they are decoded. */
const FILE_FIELDS = new Set(['contentBase64']);
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Far more than any screen sends; a longer list is an attack on the validator, not a request. */
const MAX_LIST_LENGTH = 2_000;

/**
 * Checks every argument value of one operation against the rules no resolver should have to repeat:
 * ids are UUIDs, text is storable and printable, numbers fit, dates are real days between 1900 and
 * 2100. Runs on the coerced arguments, guided by the schema's argument types, so a new operation is
 * covered the day it is added. Paths follow the validation pipe's: inside `input`, then dotted.
 */
export function argumentProblems(
  definitions: readonly GraphQLArgument[],
  args: Record<string, unknown>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const definition of definitions) {
    const prefix =
      definition.name === 'input' && isInputObjectType(getNullableType(definition.type))
        ? ''
        : definition.name;
    check(definition.type, args[definition.name], definition.name, prefix, problems);
  }
  return problems;
}

function check(
  type: GraphQLInputType,
  value: unknown,
  name: string,
  path: string,
  problems: FieldError[],
): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  const report = (reason: string): void => {
    problems.push({ field: path || name, reasons: [reason] });
  };

  if (isListType(inner)) {
    if (!Array.isArray(value)) return; // graphql-js already coerced single values to lists
    if (value.length > MAX_LIST_LENGTH) return report(`最多 ${MAX_LIST_LENGTH} 项`);
    value.forEach((element, index) =>
      check(inner.ofType, element, name, `${path || name}.${index}`, problems),
    );
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const fields = inner.getFields();
    for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) check(field.type, fieldValue, key, path ? `${path}.${key}` : key, problems);
    }
    return;
  }
  if (isEnumType(inner) || !isScalarType(inner)) return;

  switch (inner.name) {
    case 'ID':
      if (!isUuid(value)) report(INVALID_ID_MESSAGE);
      return;
    case 'Float': {
      const problem = typeof value === 'number' ? numberProblem(value) : null;
      if (problem) report(problem);
      return;
    }
    case 'String': {
      if (typeof value !== 'string') return;
      const problem = textProblem(value, {
        multiline: MULTILINE_FIELDS.has(name),
        verbatim: VERBATIM_FIELDS.has(name),
        maxLength: FILE_FIELDS.has(name) ? Number.MAX_SAFE_INTEGER : MAX_TEXT_LENGTH,
      });
      if (problem) return report(problem);
      if (DATE_FIELD.test(name) && !isDateInRange(value)) {
        report(`必须是 ${FIRST_YEAR}—${LAST_YEAR} 年之间的有效日期（YYYY-MM-DD）`);
      }
      return;
    }
    default:
      return;
  }
}

function isDateInRange(value: string): boolean {
  if (!isCivilDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}
