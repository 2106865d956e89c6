import { InputNumber, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * The heading of a village's yearly list (payout plans, meetings, activities): the title, the village
 * picker (or the village's name), the year, and the screen's main action for those who may take it.
 */
export function VillageYearHeader(props: {
  title: string;
  picker: ReactNode;
  year: number;
  onYear: (year: number) => void;
  /** The year field's id (its label points at it). */
  yearId: string;
  action?: ReactNode;
}) {
  return (
    <Space wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {props.title}
      </Typography.Title>
      {props.picker}
      <label htmlFor={props.yearId}>年度</label>
      <InputNumber
        id={props.yearId}
        min={2000}
        max={2100}
        value={props.year}
        onChange={(v) => v && props.onYear(v)}
      />
      {props.action}
    </Space>
  );
}
