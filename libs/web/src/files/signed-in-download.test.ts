import { describe, expect, it } from 'vitest';
import { dashboardXlsxPath, fileNameOf, residentsXlsxPath } from './signed-in-download';

describe('signed-in downloads', () => {
  it('takes the UTF-8 file name the server sent, else the plain one', () => {
    const name = '宋村镇 数据看板 2026 年第1季度.xlsx';
    expect(fileNameOf(`attachment; filename="_.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(
      name,
    );
    expect(fileNameOf('attachment; filename="report.csv"')).toBe('report.csv');
    expect(fileNameOf('attachment; filename*=UTF-8\'\'%E4%B8%9C%ZZ; filename="x.csv"')).toBe('x.csv');
    expect(fileNameOf(null)).toBeNull();
  });

  it('builds the export addresses with their parameters', () => {
    expect(dashboardXlsxPath('u1', 2026, 'QUARTER', 2)).toBe(
      '/files/dashboard/u1.xlsx?year=2026&periodKind=QUARTER&periodNumber=2',
    );
    expect(residentsXlsxPath('v1', { status: 'ACTIVE', gridId: null })).toBe(
      '/files/residents/v1.xlsx?status=ACTIVE',
    );
    expect(residentsXlsxPath('v1')).toBe('/files/residents/v1.xlsx');
  });
});
