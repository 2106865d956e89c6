import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import { apiErrorMessage, apiFieldErrors } from '@village/web';

/**
 * Puts the API's refusal where the user looks: each refused field's reasons under that field of the
 * form (the values typed stay as they are), and what belongs to no field of the form as the returned
 * text, for an alert above it. Field names are the input's own (the API names the leaf field).
 */
export function applyApiError(
  form: FormInstance | null,
  error: CombinedError | null | undefined,
  /** The input object the form edits, when the API names its fields under it (`item.code` → `code`). */
  under?: string,
): string | null {
  if (!error) return null;
  const fields = apiFieldErrors(error).map((f) =>
    under && f.field.startsWith(`${under}.`) ? { ...f, field: f.field.slice(under.length + 1) } : f,
  );
  const known = new Set(form ? Object.keys(form.getFieldsValue(true)) : []);
  const onForm = fields.filter((f) => known.has(f.field));
  form?.setFields(onForm.map((f) => ({ name: f.field, errors: f.reasons })));
  const rest = fields.filter((f) => !known.has(f.field));
  if (onForm.length > 0 && rest.length === 0) return '请按提示修改标红的项目后再提交';
  if (rest.length > 0) return rest.map((f) => `${f.field}：${f.reasons.join('，')}`).join('；');
  return apiErrorMessage(error);
}
