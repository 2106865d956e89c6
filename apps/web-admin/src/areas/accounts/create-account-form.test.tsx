import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { CreateAccountForm } from './create-account-form';

function renderForm(onSubmit: Parameters<typeof CreateAccountForm>[0]['onSubmit']) {
  render(
    <App>
      <CreateAccountForm units={[{ value: 'unit-1', label: '宋村镇' }]} onSubmit={onSubmit} />
    </App>,
  );
}

describe('create staff account form', () => {
  it('names the missing fields in Chinese and sends nothing', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: /新建账号/ }));
    expect(await screen.findByText('请输入姓名')).toBeTruthy();
    expect(await screen.findByText('请选择角色')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('checks the username as typed', async () => {
    renderForm(vi.fn());
    await userEvent.type(screen.getByLabelText('用户名'), 'a b');
    expect(await screen.findByText('用户名为 3–64 位字母、数字、点、下划线或连字符')).toBeTruthy();
  });

  it('puts the API refusal on the username field and keeps what was typed', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('输入有误', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'username', reasons: ['用户名已被使用'] }],
          },
        }),
      ],
    });
    const onSubmit = vi.fn().mockResolvedValue(refusal);
    renderForm(onSubmit);
    await userEvent.type(screen.getByLabelText('姓名'), '王芳');
    await userEvent.type(screen.getByLabelText('用户名'), 'songcun-admin');
    await userEvent.click(screen.getByLabelText('角色'));
    await userEvent.click(await screen.findByText('评分员'));
    await userEvent.click(screen.getByLabelText('归属单位（也是角色的授予单位）'));
    await userEvent.click(await screen.findByText('宋村镇', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(screen.getByRole('button', { name: /新建账号/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(await screen.findByText('用户名已被使用')).toBeTruthy();
    expect((screen.getByLabelText('用户名') as HTMLInputElement).value).toBe('songcun-admin');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('王芳');
  });
});
