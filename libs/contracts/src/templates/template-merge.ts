/** Pure rules for templates: merging a town extension onto its district base, and item-code format. */

export interface TemplateContent {
  title: string;
  clauses: readonly string[];
  itemCodes: readonly string[];
}

/**
 * The effective content of a colour for a village: the district base, then the clauses and items the
 * town adds. Clauses keep their order (base first); an item code linked twice is kept once.
 */
export function mergeTemplates(base: TemplateContent, extension: TemplateContent | null): TemplateContent {
  if (!extension) return { title: base.title, clauses: [...base.clauses], itemCodes: [...base.itemCodes] };
  return {
    title: extension.title,
    clauses: [...base.clauses, ...extension.clauses],
    itemCodes: [...new Set([...base.itemCodes, ...extension.itemCodes])],
  };
}

/**
 * Evaluation item codes belong to the rulebook (another lib); here only their shape is checked:
 * letters/digits, optionally in dot- or dash-separated parts, e.g. `RED-01`, `A1.2`, `PM.DUTY.3`.
 */
export const ITEM_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:[.-][A-Z0-9]+)*$/;
export const ITEM_CODE_MAX_LENGTH = 32;

export function invalidItemCodes(codes: readonly string[]): string[] {
  return codes.filter((code) => code.length > ITEM_CODE_MAX_LENGTH || !ITEM_CODE_PATTERN.test(code));
}

export function duplicateValues(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}
