import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MyContractsCard } from './my-contracts-card';

const state = vi.hoisted(() => ({ contracts: [] as unknown[], items: [] as unknown[] }));

// The card's two questions answered here: its contracts, and the adopted list's item names.
vi.mock('urql', async (importOriginal) => ({
  ...(await importOriginal<typeof import('urql')>()),
  useQuery: ({ query }: { query: { definitions: { name?: { value: string } }[] } }) => {
    const name = query.definitions[0]?.name?.value;
    const data =
      name === 'VillagerMyContracts'
        ? { myContracts: state.contracts }
        : { villageScoringList: { id: 'l', items: state.items } };
    return [{ data, fetching: false }, vi.fn()];
  },
}));
vi.mock('../app/my-village', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../app/my-village')>()),
  useMyVillage: () => ({ id: 'v1', name: '大泽头村' }),
}));

const GREEN = {
  id: 'c1',
  year: 2026,
  colour: 'GREEN',
  title: '志愿者服务契约',
  status: 'SIGNED',
  clauses: ['服从志愿服务队统一安排', '如实登记服务时长'],
  itemCodes: ['P01', 'X99'],
  residentId: 'r1',
  householdCode: null,
  signedOn: '2026-01-10',
  witnessName: '王德明',
  terminatedOn: null,
  terminationReason: null,
};

describe('我的契约 on the phone', () => {
  beforeEach(() => {
    state.contracts = [];
    state.items = [{ id: 'i1', code: 'P01', name: '参加志愿服务' }];
  });

  it('says in plain words when there is no contract yet', () => {
    render(<MyContractsCard />);
    expect(screen.getByText('今年还没有您的契约')).toBeTruthy();
  });

  it('names the colour and status in words, shows signing and items, and folds the clauses', async () => {
    state.contracts = [
      GREEN,
      {
        ...GREEN,
        id: 'c2',
        colour: 'BLUE',
        title: '村民自治契约',
        residentId: null,
        householdCode: 'DZT006',
        status: 'DRAFT',
        signedOn: null,
        witnessName: null,
      },
    ];
    render(<MyContractsCard />);
    const green = screen.getByRole('region', { name: '绿色·服务契约（已签订）' });
    expect(green.textContent).toContain('2026-01-10');
    expect(green.textContent).toContain('王德明');
    expect(green.textContent).toContain('参加志愿服务（P01）、X99');
    const blue = screen.getByRole('region', { name: '蓝色·自治契约（待签订）' });
    expect(blue.textContent).toContain('本户（DZT006）');
    expect(blue.textContent).toContain('尚未签订');
    expect(screen.queryByText('服从志愿服务队统一安排')).toBeNull();
    await userEvent.click(screen.getAllByText('职责条款（2 条）')[0]);
    expect(screen.getByText('服从志愿服务队统一安排')).toBeTruthy();
  });
});
