import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ResultOf } from '@village/web';
import type { FairnessViewDocument } from './fairness-documents';

type View = ResultOf<typeof FairnessViewDocument>['fairnessView'];
type Group = View['dimensions'][number]['groups'][number];
type Reviewer = View['reviewers'][number];
type Check = NonNullable<Group['check']>;

const number = (v: number | null, suffix = '') =>
  v === null ? '—' : `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${suffix}`;

/** 偏离 in red with why in a tooltip (focusable, so a keyboard reaches it too); otherwise the reason's gist. */
export function CheckCell({ check }: { check: Check | null }) {
  if (!check) return <Typography.Text type="secondary">比较基准</Typography.Text>;
  const text = check.flagged ? null : check.zScore === null ? '不作判断' : '无明显差异';
  return (
    <Tooltip title={check.reason}>
      {check.flagged ? (
        <Tag color="red" tabIndex={0} aria-label={`偏离：${check.reason}`}>
          偏离{check.deviation === 'HIGH' ? '（偏高）' : '（偏低）'}
        </Tag>
      ) : (
        <Typography.Text type="secondary" tabIndex={0}>
          {text}
        </Typography.Text>
      )}
    </Tooltip>
  );
}

const GROUP_COLUMNS = [
  { title: '人数', dataIndex: 'residents', align: 'right' as const },
  {
    title: <Tooltip title="有本期信用积分者的平均">平均信用积分</Tooltip>,
    dataIndex: 'averageCreditScore',
    align: 'right' as const,
    render: (v: number | null) => number(v),
  },
  { title: '扣分次数', dataIndex: 'deductions', align: 'right' as const },
  {
    title: '扣分分值',
    dataIndex: 'deductionPoints',
    align: 'right' as const,
    render: (v: number) => number(v),
  },
  {
    title: '每百人扣分',
    dataIndex: 'deductionsPer100',
    align: 'right' as const,
    render: (v: number | null) => number(v),
  },
  {
    title: '异议（提出 / 成立）',
    key: 'objections',
    align: 'right' as const,
    render: (_: unknown, g: Group) => `${g.objectionsRaised} / ${g.objectionsUpheld}`,
  },
  {
    title: 'z 值',
    key: 'z',
    align: 'right' as const,
    render: (_: unknown, g: Group) => number(g.check?.zScore ?? null),
  },
];

/** One dimension's groups, the village's figures in the summary row. */
export function GroupTable(props: { label: string; groups: Group[]; village: View['village'] }) {
  const v = props.village;
  const summary = [
    v.residents,
    number(v.averageCreditScore),
    v.deductions,
    number(v.deductionPoints),
    number(v.deductionsPer100),
    `${v.objectionsRaised} / ${v.objectionsUpheld}`,
    '',
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      aria-label={`按${props.label}`}
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={props.groups}
      columns={[
        { title: props.label, dataIndex: 'label', fixed: 'left' as const },
        ...GROUP_COLUMNS,
        { title: '判断', key: 'check', render: (_: unknown, g: Group) => <CheckCell check={g.check} /> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>全村</Table.Summary.Cell>
          {summary.map((text, i) => (
            <Table.Summary.Cell key={i} index={i + 1} align="right">
              {text}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={summary.length + 1}>
            <CheckCell check={null} />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** Each reviewer's entries and deductions, the village's in the summary row. */
export function ReviewerTable(props: { reviewers: Reviewer[]; total: View['reviewerTotal'] }) {
  const t = props.total;
  return (
    <Table
      rowKey="accountId"
      size="small"
      aria-label="按审核人"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={props.reviewers}
      locale={{ emptyText: '本期没有审核通过的记录' }}
      columns={[
        { title: '审核人', dataIndex: 'displayName', fixed: 'left' as const },
        { title: '核定记录', dataIndex: 'entriesApproved', align: 'right' as const },
        { title: '扣分记录', dataIndex: 'deductions', align: 'right' as const },
        {
          title: '扣分分值',
          dataIndex: 'deductionPoints',
          align: 'right' as const,
          render: (v: number) => number(v),
        },
        {
          title: '扣分占比',
          dataIndex: 'deductionShare',
          align: 'right' as const,
          render: (v: number | null) => number(v, '%'),
        },
        {
          title: 'z 值',
          key: 'z',
          align: 'right' as const,
          render: (_: unknown, r: Reviewer) => number(r.check.zScore),
        },
        { title: '判断', key: 'check', render: (_: unknown, r: Reviewer) => <CheckCell check={r.check} /> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>全村</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {t.entriesApproved}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {t.deductions}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
          <Table.Summary.Cell index={4} align="right">
            {number(t.deductionShare, '%')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} />
          <Table.Summary.Cell index={6}>
            <CheckCell check={null} />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
