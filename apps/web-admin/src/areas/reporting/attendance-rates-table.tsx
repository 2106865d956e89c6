import { Table, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { MEETING_TYPE_LABELS, MeetingAttendanceRatesDocument } from './meetings-documents';

const PERIODS = [
  { quarter: 1, title: '第一季度' },
  { quarter: 2, title: '第二季度' },
  { quarter: 3, title: '第三季度' },
  { quarter: 4, title: '第四季度' },
  { quarter: 0, title: '全年' },
];

/** 出席率 per meeting type and quarter (present ÷ expected; an excused absence is not presence). */
/** `changes` counts the page's writes: each one refetches the rates. */
export function AttendanceRatesTable(props: { villageId: string; year: number; changes: number }) {
  const [result, refetch] = useQuery({
    query: MeetingAttendanceRatesDocument,
    variables: { villageId: props.villageId, year: props.year },
  });
  useEffect(() => {
    if (props.changes > 0) refetch({ requestPolicy: 'network-only' });
  }, [props.changes, refetch]);
  const rates = result.data?.meetingAttendanceRates ?? [];
  const types = [...new Set(rates.map((r) => r.type))];
  const cell = (type: string, quarter: number) => {
    const r = rates.find((x) => x.type === type && x.quarter === quarter);
    if (!r || r.rate === null) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Tooltip title={`${r.meetings} 次会议，出席 ${r.present} / 应到 ${r.expected} 人次`}>
        <span>{r.rate}%</span>
      </Tooltip>
    );
  };
  if (types.length === 0) return null;
  return (
    <Table
      rowKey="type"
      size="small"
      aria-label="各类会议出席率"
      pagination={false}
      loading={result.fetching}
      title={() => `${props.year} 年各类会议出席率（出席人次 ÷ 应到人次，请假计为未出席）`}
      dataSource={types.map((type) => ({ type }))}
      columns={[
        { title: '会议类型', dataIndex: 'type', render: (t: string) => MEETING_TYPE_LABELS[t] },
        ...PERIODS.map((p) => ({
          title: p.title,
          key: String(p.quarter),
          render: (_: unknown, row: { type: string }) => cell(row.type, p.quarter),
        })),
      ]}
    />
  );
}
