import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ReviewDecisionForm, type ReviewMode, type ReviewedDeclaration } from './review-decision-form';

const declaration: ReviewedDeclaration = {
  id: 'd1',
  itemCode: 'P03',
  quantity: null,
  pointsAsked: 2,
  item: { direction: 'POSITIVE', pointsMin: 1, pointsMax: 3, perUnitPoints: null, unitLabel: null },
};

function renderForm(mode: ReviewMode, onSubmit = vi.fn().mockResolvedValue(null)) {
  render(
    <App>
      <ReviewDecisionForm
        declaration={declaration}
        mode={mode}
        onModeChange={() => undefined}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />
    </App>,
  );
  return onSubmit;
}

describe('review decision form', () => {
  it('refuses a rejection without a reason and sends nothing', async () => {
    const onSubmit = renderForm('REJECT');
    await userEvent.click(screen.getByRole('button', { name: /确认驳回/ }));
    expect(await screen.findByText('驳回须写明理由')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a rejection with its reason when Enter is pressed in the reason', async () => {
    const onSubmit = renderForm('REJECT');
    await userEvent.type(screen.getByLabelText('驳回理由'), '照片与事项不符{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      declarationId: 'd1',
      decision: 'REJECT',
      reason: '照片与事项不符',
    });
  });

  it('keeps approved points within the rule and shows the bounds', async () => {
    const onSubmit = renderForm('APPROVE');
    expect(screen.getByText('分值（1–3 分）')).toBeTruthy();
    const points = screen.getByLabelText('分值（1–3 分）');
    await userEvent.clear(points);
    await userEvent.type(points, '5');
    await userEvent.click(screen.getByRole('button', { name: /确认通过/ }));
    expect(await screen.findByText('分值应在 1–3 分之间')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.clear(points);
    await userEvent.type(points, '2.5{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({ declarationId: 'd1', decision: 'APPROVE', points: 2.5 });
  });

  it('puts the cursor in the reason field when rejecting', async () => {
    renderForm('REJECT');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('驳回理由')));
  });
});
