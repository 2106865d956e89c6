import { graphql } from '@village/web/graphql';

export const DashboardFiguresDocument = graphql(`
  query ReportingDashboardFigures {
    dashboardFigures {
      key
      label
      unit
      group
      howComputed
    }
  }
`);

export const DashboardDocument = graphql(`
  query ReportingDashboard($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {
    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {
      unitId
      unitName
      level
      childLevel
      computedAt
      rows {
        unitId
        unitName
        values {
          key
          value
          previous
        }
      }
      total {
        unitId
        unitName
        values {
          key
          value
          previous
        }
      }
    }
  }
`);

/** The figures the comparison table shows as columns (the chart can show any figure). */
export const TABLE_FIGURES = [
  'contractCoverage',
  'participationRate',
  'attendanceRate',
  'declarations',
  'approvalRate',
  'averageCreditScore',
  'objectionsRaised',
  'pointsIssued',
  'supermarketValue',
  'honours',
  'openMentoring',
];

export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return '—';
  const text = value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return unit === '%' ? `${text}%` : unit === '元' ? `¥${text}` : text;
}

/** Change against the same period a year earlier, in words and an arrow (never colour alone). */
export function formatChange(value: number | null, previous: number | null, unit: string): string | null {
  if (value === null || previous === null) return null;
  const delta = Math.round((value - previous) * 100) / 100;
  if (delta === 0) return '与上年持平';
  const amount = Math.abs(delta).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return `${delta > 0 ? '↑' : '↓'} ${amount}${unit === '%' ? ' 个百分点' : ''}`;
}
