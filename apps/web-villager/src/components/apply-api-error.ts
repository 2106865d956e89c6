import type { FormInstance } from 'antd-mobile/es/components/form';
import type { CombinedError } from 'urql';
import { apiErrorMessage, apiFieldErrors } from '@village/web';

/**
 * Puts the API's field errors on the form's own fields (evidence.0.fileName lands on "evidence") and
 * returns what is left to show above the form. The typed values stay as they were.
 */
export function applyApiError(
  form: FormInstance,
  error: CombinedError,
  /** The API's input field → the form field showing it (evidence → photos). */
  fields: Record<string, string>,
): string | null {
  const placed = new Set<string>();
  const byField = new Map<string, string[]>();
  for (const f of apiFieldErrors(error)) {
    const name = fields[f.field.split('.')[0]];
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), ...f.reasons]);
    placed.add(f.field.split('.')[0]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (placed.size > 0 && apiFieldErrors(error).every((f) => placed.has(f.field.split('.')[0])))
    return '请按提示修改后再提交';
  return apiErrorMessage(error);
}
