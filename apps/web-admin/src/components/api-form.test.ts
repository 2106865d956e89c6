import type { FormInstance } from 'antd';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { applyApiError } from './api-form';

function refusal(fields: { field: string; reasons: string[] }[]): CombinedError {
  return new CombinedError({
    graphQLErrors: [new GraphQLError('输入有误', { extensions: { code: 'BAD_USER_INPUT', fields } })],
  });
}

function formWith(values: Record<string, unknown>) {
  const setFields = vi.fn();
  return { form: { getFieldsValue: () => values, setFields } as unknown as FormInstance, setFields };
}

describe('applyApiError', () => {
  it('places the reasons named under the edited input (item.code) on the form field code', () => {
    const { form, setFields } = formWith({ code: 'T01', name: '事项' });
    const text = applyApiError(form, refusal([{ field: 'item.code', reasons: ['编码已被使用'] }]), 'item');
    expect(setFields).toHaveBeenCalledWith([{ name: 'code', errors: ['编码已被使用'] }]);
    expect(text).toBe('请按提示修改标红的项目后再提交');
  });

  it('without the input name, such a field belongs to no form field and is shown as text', () => {
    const { form, setFields } = formWith({ code: 'T01' });
    const text = applyApiError(form, refusal([{ field: 'item.code', reasons: ['编码已被使用'] }]));
    expect(setFields).toHaveBeenCalledWith([]);
    expect(text).toBe('item.code：编码已被使用');
  });
});
