import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportReportTable, type ImportReportData } from './import-report-table';

const withBadRow: ImportReportData = {
  dryRun: true,
  imported: 0,
  householdsCreated: 0,
  rows: [
    { row: 2, ok: true, errors: [] },
    { row: 3, ok: false, errors: ['身份证号：身份证号格式或校验位不正确', '网格：本村没有编码为 G9 的网格'] },
    { row: 4, ok: true, errors: [] },
  ],
};

describe('import report table', () => {
  it('says nothing was imported and shows the bad row by its number with each reason', () => {
    render(<ImportReportTable report={withBadRow} />);
    expect(screen.getByRole('alert').textContent).toContain('共 3 行，其中 1 行有误：未导入任何村民');
    const table = screen.getByRole('table');
    expect(within(table).getByText('第 3 行')).toBeTruthy();
    expect(within(table).getByText('身份证号：身份证号格式或校验位不正确')).toBeTruthy();
    expect(within(table).getByText('网格：本村没有编码为 G9 的网格')).toBeTruthy();
    // Only the bad rows at first: the good ones are one switch away.
    expect(within(table).queryByText('第 2 行')).toBeNull();
  });

  it('shows every row, with a text status and not colour alone, when asked', async () => {
    render(<ImportReportTable report={withBadRow} />);
    await userEvent.click(screen.getByRole('switch', { name: '只看有误的行' }));
    const table = screen.getByRole('table');
    expect(within(table).getByText('第 2 行')).toBeTruthy();
    expect(within(table).getAllByText('无误')).toHaveLength(2);
    expect(within(table).getAllByText('有误')).toHaveLength(1);
  });

  it('tells a clean check from a finished import', () => {
    const clean = { ...withBadRow, rows: withBadRow.rows.map((r) => ({ ...r, ok: true, errors: [] })) };
    const { unmount } = render(<ImportReportTable report={clean} />);
    expect(screen.getByText('检查通过：共 3 行，全部无误')).toBeTruthy();
    expect(screen.getByText(/尚未导入/)).toBeTruthy();
    unmount();
    render(<ImportReportTable report={{ ...clean, dryRun: false, imported: 3, householdsCreated: 1 }} />);
    expect(screen.getByText('导入完成：已导入 3 名村民，新建 1 户')).toBeTruthy();
  });
});
