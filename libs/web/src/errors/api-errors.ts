import type { CombinedError } from 'urql';

/** A field the API refused, with its reasons in Chinese (extensions.fields of BAD_USER_INPUT). */
export interface FieldError {
  field: string;
  reasons: string[];
}

const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试（已填写的内容不会丢失）';
const TIMEOUT_MESSAGE = '服务器处理超时，请稍后查看结果，不要重复提交';

/** What to tell the user about a failed request: the API's own Chinese messages, joined. */
export function apiErrorMessage(error: CombinedError | null | undefined): string | null {
  if (!error) return null;
  if (error.networkError && error.graphQLErrors.length === 0) return NETWORK_MESSAGE;
  const messages = error.graphQLErrors.map((e) =>
    e.extensions?.code === 'REQUEST_TIMEOUT' ? TIMEOUT_MESSAGE : e.message,
  );
  return [...new Set(messages)].join('；') || '操作失败，请重试';
}

/** The refused fields, to place each reason on its form field. */
export function apiFieldErrors(error: CombinedError | null | undefined): FieldError[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((e) => (e.extensions?.fields as FieldError[] | undefined) ?? []);
}

/** The machine-readable code of the first error (e.g. FORBIDDEN, NOT_FOUND), if any. */
export function apiErrorCode(error: CombinedError | null | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}
