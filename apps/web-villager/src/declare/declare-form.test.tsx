import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compressImage } from '@village/web';
import type { DeclareActInput, DeclareItemsData } from './declare-documents';
import { DeclareForm } from './declare-form';
import type { DeclarableItem } from './item-rule';

vi.mock('@village/web', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@village/web')>()),
  // The phone's compression (canvas) is not in happy-dom: a small JPEG stands in for its result.
  compressImage: vi.fn(async () => new Blob(['small-jpeg'], { type: 'image/jpeg' })),
}));

const base = {
  description: '',
  direction: 'POSITIVE',
  track: 'CREDIT',
  capPerMonth: null,
  capPerQuarter: null,
  capPerYear: null,
  household: false,
  subjectTypes: ['VILLAGER'],
  validityMonths: null,
  quantified: false,
  rule: '',
  amountBands: null,
  pointLevels: null,
  capGroup: null,
  milestones: null,
} as const;

const ITEMS = [
  {
    ...base,
    id: '1',
    code: 'P01',
    name: '参加志愿服务（按小时计）',
    perUnitPoints: 0.5,
    quantified: true,
    unitLabel: '小时',
    pointsMin: 0.5,
    pointsMax: 10,
    capPerMonth: 10,
    evidenceRequired: true,
  },
  {
    ...base,
    id: '3',
    code: 'P03',
    name: '参加村庄环境清理整治',
    perUnitPoints: null,
    unitLabel: null,
    pointsMin: 1,
    pointsMax: 1,
    evidenceRequired: false,
  },
  {
    ...base,
    id: '9',
    code: 'N01',
    name: '乱倒垃圾',
    direction: 'NEGATIVE',
    perUnitPoints: null,
    unitLabel: null,
    pointsMin: 1,
    pointsMax: 3,
    evidenceRequired: false,
  },
  {
    ...base,
    id: '4',
    code: 'P04',
    name: '按时参加“三会一课”',
    subjectTypes: ['PARTY_MEMBER'],
    perUnitPoints: null,
    unitLabel: null,
    pointsMin: 1,
    pointsMax: 1,
    evidenceRequired: false,
  },
] as unknown as DeclarableItem[];

const RESIDENT = {
  id: 'r1',
  name: '李秀英',
  household: { id: 'h1', headResidentId: 'someone-else' },
  subjectRoles: [{ subjectType: 'VILLAGER', startDate: '2000-01-01', endDate: null }],
} as NonNullable<DeclareItemsData['myResident']>;

function renderForm(declare = vi.fn(async (_input: DeclareActInput) => null as CombinedError | null)) {
  const onDeclared = vi.fn();
  render(<DeclareForm items={ITEMS} resident={RESIDENT} declare={declare} onDeclared={onDeclared} />);
  return { declare, onDeclared };
}

const submit = () => userEvent.click(screen.getByRole('button', { name: '提交申报' }));

describe('villager declare form', () => {
  beforeEach(() => {
    vi.mocked(compressImage).mockClear();
    URL.createObjectURL ??= () => 'blob:preview';
    URL.revokeObjectURL ??= () => undefined;
  });

  it('offers only the positive items of my roles, and asks for an item before sending anything', async () => {
    const { declare } = renderForm();
    expect(screen.getByRole('radio', { name: /参加志愿服务/ })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /乱倒垃圾/ })).toBeNull();
    expect(screen.queryByRole('radio', { name: /三会一课/ })).toBeNull();
    expect(screen.getByText(/每小时 0.5 分，每次最多 10 分；每月最多 10 分/)).toBeTruthy();
    await submit();
    expect(await screen.findByText('请选择申报的事项')).toBeTruthy();
    expect(declare).not.toHaveBeenCalled();
  });

  it('asks for a quantity above zero on a per-hour item, and none on a fixed one', async () => {
    const { declare } = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: /参加志愿服务/ }));
    await submit();
    expect(await screen.findByText('请填写小时数')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^数量/), '0');
    await submit();
    expect(await screen.findByText('数量必须大于 0')).toBeTruthy();
    expect(screen.getByText('这项需要拍照或上传佐证材料')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: /环境清理/ }));
    expect(screen.queryByLabelText(/^数量/)).toBeNull();
    await submit();
    await waitFor(() => expect(declare).toHaveBeenCalledTimes(1));
    expect(declare.mock.calls[0][0]).toMatchObject({ itemCode: 'P03', quantity: null, evidence: null });
  });

  it('compresses a photo on the phone when it is chosen and sends the small JPEG', async () => {
    const { declare, onDeclared } = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: /参加志愿服务/ }));
    await userEvent.type(screen.getByLabelText(/^数量/), '2');
    expect(screen.getByText('预计 +1 分，以审核结果为准')).toBeTruthy();
    const photo = new File([new Uint8Array(5000)], 'IMG_0001.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('从相册选择照片'), photo);
    await waitFor(() => expect(compressImage).toHaveBeenCalledWith(photo));
    expect(await screen.findByRole('img', { name: '照片 1 预览' })).toBeTruthy();
    await submit();
    await waitFor(() => expect(onDeclared).toHaveBeenCalled());
    const input = declare.mock.calls[0][0];
    expect(input).toMatchObject({ itemCode: 'P01', quantity: 2 });
    expect(input.evidence).toEqual([
      { fileName: 'IMG_0001.jpg', contentType: 'image/jpeg', contentBase64: btoa('small-jpeg') },
    ]);
  });

  it('keeps what was typed and the idempotency key when the network fails, and retries with the same key', async () => {
    const declare = vi
      .fn(async (_input: DeclareActInput) => null as CombinedError | null)
      .mockResolvedValueOnce(new CombinedError({ networkError: new Error('offline') }));
    const { onDeclared } = renderForm(declare);
    await userEvent.click(screen.getByRole('radio', { name: /环境清理/ }));
    await userEvent.type(screen.getByLabelText(/^说明/), '清扫文化广场');
    await submit();
    expect(await screen.findByText(/网络连接失败/)).toBeTruthy();
    expect((screen.getByLabelText(/^说明/) as HTMLTextAreaElement).value).toBe('清扫文化广场');
    expect(onDeclared).not.toHaveBeenCalled();
    await submit();
    await waitFor(() => expect(onDeclared).toHaveBeenCalled());
    expect(declare.mock.calls[1][0].idempotencyKey).toBe(declare.mock.calls[0][0].idempotencyKey);
  });

  it('puts the API’s refusal on its field and takes a new key for the next try', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        {
          message: '输入有误',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'itemCode', reasons: ['本月已达上限'] }] },
        },
      ],
    });
    const declare = vi
      .fn(async (_input: DeclareActInput) => null as CombinedError | null)
      .mockResolvedValueOnce(refusal);
    renderForm(declare);
    await userEvent.click(screen.getByRole('radio', { name: /环境清理/ }));
    await submit();
    expect(await screen.findByText('本月已达上限')).toBeTruthy();
    expect((screen.getByRole('radio', { name: /环境清理/ }) as HTMLInputElement).checked).toBe(true);
    await submit();
    await waitFor(() => expect(declare).toHaveBeenCalledTimes(2));
    expect(declare.mock.calls[1][0].idempotencyKey).not.toBe(declare.mock.calls[0][0].idempotencyKey);
  });
});
