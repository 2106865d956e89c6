import { AutoComplete, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, type AuditOutcome } from '@village/web';
import { graphql } from '@village/web/graphql';
import { QueryView } from '../../components/query-view';
import { AUDIT_OUTCOME_LABELS, optionsOf } from '../../components/rulebook-labels';
import { AuditEntryDrawer, OutcomeTag, type AuditRow } from './audit-entry-drawer';

const AuditLogQuery = graphql(`
  query DistrictAuditLog($operation: String, $outcome: AuditOutcome, $limit: Int!, $offset: Int!) {
    auditLog(operation: $operation, outcome: $outcome, limit: $limit, offset: $offset) {
      total
      nextOffset
      items {
        id
        occurredAt
        operation
        outcome
        username
        userId
        orgUnitId
        clientIp
        errorCode
        detail
      }
    }
  }
`);

/** Operations an administrator most often looks for; any other can be typed. */
const COMMON_OPERATIONS = [
  'login',
  'createTown',
  'createVillage',
  'renameOrgUnit',
  'createStaffAccount',
  'grantRole',
  'revokeRole',
  'resetPassword',
  'publishFramework',
  'publishManual',
  'setManualAdjustment',
  'reviewDeclaration',
  'publishTally',
];

const PAGE_SIZE = 20;

/**
 * The audit log in the user's scope, newest first. Operation and outcome filter on the server; the
 * API has no time or user filter, so those narrow the rows of the page shown (said beside them).
 */
export default function AuditLogPage() {
  const [operation, setOperation] = useState('');
  const [outcome, setOutcome] = useState<AuditOutcome | undefined>(undefined);
  const [offsets, setOffsets] = useState<number[]>([0]);
  const [user, setUser] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [open, setOpen] = useState<AuditRow | null>(null);
  const offset = offsets[offsets.length - 1];
  const [result, refetch] = useQuery({
    query: AuditLogQuery,
    variables: { operation: operation.trim() || undefined, outcome, limit: PAGE_SIZE, offset },
  });
  const restart = () => setOffsets([0]);

  function shown(rows: AuditRow[]): AuditRow[] {
    const name = user.trim().toLowerCase();
    return rows.filter((r) => {
      if (name && !(r.username ?? '').toLowerCase().includes(name) && r.userId !== user.trim()) return false;
      const at = new Date(r.occurredAt).getTime();
      if (range?.[0] && at < range[0].startOf('day').valueOf()) return false;
      if (range?.[1] && at > range[1].endOf('day').valueOf()) return false;
      return true;
    });
  }

  return (
    <>
      <Typography.Title level={3}>审计日志</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }} aria-label="筛选">
        <AutoComplete
          aria-label="操作"
          style={{ width: 220 }}
          options={COMMON_OPERATIONS.map((value) => ({ value }))}
          value={operation}
          onChange={(v: string) => {
            setOperation(v);
            restart();
          }}
          filterOption={(input, option) => String(option?.value).toLowerCase().includes(input.toLowerCase())}
        >
          <Input placeholder="操作（如 login、publishManual）" allowClear />
        </AutoComplete>
        <Select
          aria-label="结果"
          allowClear
          placeholder="全部结果"
          style={{ width: 140 }}
          value={outcome}
          options={optionsOf(AUDIT_OUTCOME_LABELS)}
          onChange={(v: AuditOutcome | undefined) => {
            setOutcome(v);
            restart();
          }}
        />
        <Input
          aria-label="用户"
          placeholder="用户名"
          style={{ width: 160 }}
          allowClear
          value={user}
          onChange={(e) => setUser(e.target.value)}
        />
        <DatePicker.RangePicker aria-label="时间" value={range} onChange={(v) => setRange(v)} />
        <Typography.Text type="secondary">用户与时间在本页内筛选</Typography.Text>
      </Space>
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.auditLog.total === 0}
        empty="没有符合条件的记录"
      >
        {(data) => (
          <>
            <Table<AuditRow>
              rowKey="id"
              size="small"
              dataSource={shown(data.auditLog.items)}
              pagination={false}
              locale={{ emptyText: '本页没有符合用户或时间条件的记录' }}
              onRow={(row) => ({ onDoubleClick: () => setOpen(row) })}
              columns={[
                {
                  title: '时间',
                  dataIndex: 'occurredAt',
                  width: 150,
                  render: (v: string) => formatDateTime(v),
                },
                { title: '操作', dataIndex: 'operation' },
                {
                  title: '结果',
                  dataIndex: 'outcome',
                  width: 90,
                  render: (v: string) => <OutcomeTag outcome={v} />,
                },
                { title: '用户', dataIndex: 'username', render: (v: string | null) => v ?? '—' },
                { title: '错误代码', dataIndex: 'errorCode', render: (v: string | null) => v ?? '—' },
                { title: '来源 IP', dataIndex: 'clientIp', render: (v: string | null) => v ?? '—' },
                {
                  title: '详情',
                  key: 'open',
                  width: 80,
                  render: (_, row) => (
                    <Button size="small" onClick={() => setOpen(row)}>
                      查看
                    </Button>
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Typography.Text>
                共 {data.auditLog.total} 条 · 第 {offsets.length} 页
              </Typography.Text>
              <Button disabled={offsets.length === 1} onClick={() => setOffsets(offsets.slice(0, -1))}>
                上一页
              </Button>
              <Button
                disabled={data.auditLog.nextOffset === null}
                onClick={() =>
                  data.auditLog.nextOffset !== null && setOffsets([...offsets, data.auditLog.nextOffset])
                }
              >
                下一页
              </Button>
            </Space>
          </>
        )}
      </QueryView>
      <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
