import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { adjustmentBound } from './adjustment-bound';
import { ManualAdjustmentForm } from './manual-adjustment-form';

const ITEM = {
  code: 'A-01',
  name: '参加志愿服务',
  pointsMin: 10,
  pointsMax: 10,
  perUnitPoints: null,
  veto: false,
};

function renderForm(onSubmit = vi.fn().mockResolvedValue(null)) {
  render(
    <App>
      <ManualAdjustmentForm
        item={ITEM}
        percent={20}
        townsMayDisableVetoItems={false}
        initial={null}
        onSubmit={onSubmit}
      />
    </App>,
  );
  return onSubmit;
}

describe('manual adjustment field', () => {
  it('rounds the bound like the API does', () => {
    expect(adjustmentBound(10, 20)).toEqual({ min: 8, max: 12 });
    expect(adjustmentBound(2.5, 15)).toEqual({ min: 2.13, max: 2.88 });
  });

  it('shows the bound beside the field', () => {
    renderForm();
    expect(screen.getAllByText('框架值 10，允许 8–12（±20%）；留空沿用框架值').length).toBe(2);
  });

  it('refuses a value out of bounds as it is typed, on that field, and sends nothing', async () => {
    const onSubmit = renderForm();
    const field = screen.getByLabelText('分值上限');
    await userEvent.type(field, '13');
    expect(
      await screen.findByText('调整值 13 超出允许范围 8–12（框架值 10，上下浮动不超过 20%）'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /保存调整/ }));
    await new Promise((r) => setTimeout(r, 50));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('accepts a value within bounds and sends it, keeping the other values as the framework’s', async () => {
    const onSubmit = renderForm();
    const field = screen.getByLabelText('分值上限');
    await userEvent.type(field, '13');
    await screen.findByText(/超出允许范围/);
    await userEvent.clear(field);
    await userEvent.type(field, '11.5');
    await waitFor(() => expect(screen.queryByText(/超出允许范围/)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /保存调整/ }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        disabled: false,
        pointsMin: null,
        pointsMax: 11.5,
        perUnitPoints: null,
        reason: '',
      }),
    );
  });

  it('puts the API refusal under the field it names and keeps the value typed', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('输入有误', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'pointsMin', reasons: ['调整后的分值下限不能大于上限'] }],
          },
        }),
      ],
    });
    renderForm(vi.fn().mockResolvedValue(refusal));
    await userEvent.type(screen.getByLabelText('分值下限'), '11');
    fireEvent.click(screen.getByRole('button', { name: /保存调整/ }));
    expect(await screen.findByText('调整后的分值下限不能大于上限')).toBeTruthy();
    expect((screen.getByLabelText('分值下限') as HTMLInputElement).value).toBe('11');
  });
});
