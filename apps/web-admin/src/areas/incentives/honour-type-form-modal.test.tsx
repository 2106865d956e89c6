import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HonourTypeFormModal } from './honour-type-form-modal';

const state = vi.hoisted(() => ({
  create: vi.fn(),
}));

vi.mock('urql', async (importOriginal) => ({
  ...(await importOriginal<typeof import('urql')>()),
  useMutation: () => [{ fetching: false }, state.create],
}));

function renderModal() {
  const onClose = vi.fn();
  render(<HonourTypeFormModal districtId="d1" open onClose={onClose} />);
  return onClose;
}

describe('新建荣誉类型', () => {
  beforeEach(() => {
    state.create = vi
      .fn()
      .mockResolvedValue({ data: { createHonourType: { id: 'h1', name: '五星文明户' } } });
  });

  it('asks for a minimum star rating or grade before sending anything', async () => {
    const onClose = renderModal();
    await userEvent.type(screen.getByLabelText('荣誉名称'), '五星文明户');
    await userEvent.click(screen.getByRole('button', { name: /创\s*建/ }));
    expect(await screen.findByText('请至少规定最低星级或最低等次之一')).toBeTruthy();
    expect(state.create).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sends the name, who may be nominated and the minimum, leaving the rest unset', async () => {
    const onClose = renderModal();
    await userEvent.type(screen.getByLabelText('荣誉名称'), ' 五星文明户 ');
    await userEvent.type(screen.getByLabelText('最低星级（0–5 星）'), '4');
    await userEvent.click(screen.getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(state.create).toHaveBeenCalledWith({
      input: {
        districtId: 'd1',
        name: '五星文明户',
        subjectType: 'VILLAGER',
        minStars: 4,
        minGrade: null,
        maxPerVillage: null,
      },
    });
  });
});
