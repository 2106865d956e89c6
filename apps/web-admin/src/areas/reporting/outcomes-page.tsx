import { Button, Card, Segmented, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { QueryView } from '../../components/query-view';
import { VillageYearHeader } from '../../components/village-year-header';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { OutcomeRecordModal, type OutcomeRow } from './outcome-record-modal';
import { HONOUR_LEVEL_LABELS, OUTCOME_KIND_LABELS, OutcomeRecordsDocument } from './outcomes-documents';
import { WithdrawOutcomeModal } from './withdraw-outcome-modal';

type Row = OutcomeRow & {
  counts: boolean;
  withdrawn: boolean;
  correctedById?: string | null;
  correctionReason?: string | null;
  recordedByName: string;
};

function amountOf(r: Row): string {
  if (r.kind === 'COST_SAVED') return `${(r.amountYuan ?? 0).toLocaleString('zh-CN')} 元`;
  if (r.kind === 'COMPLAINT') return `${r.complaintCount ?? 0} 件${r.agriculture ? '（涉农）' : ''}`;
  if (r.kind === 'HONOUR_WON') return HONOUR_LEVEL_LABELS[r.honourLevel ?? ''] ?? '';
  return '1 件';
}

function Totals({ rows }: { rows: Row[] }) {
  const current = rows.filter((r) => r.counts);
  const of = (kind: string) => current.filter((r) => r.kind === kind);
  const complaints = of('COMPLAINT');
  return (
    <Space wrap size="large">
      <Card size="small">
        <Statistic title="解决问题" value={of('PROBLEM_RESOLVED').length} suffix="件" />
      </Card>
      <Card size="small">
        <Statistic
          title="节约开支"
          value={of('COST_SAVED').reduce((s, r) => s + (r.amountYuan ?? 0), 0)}
          precision={2}
          suffix="元"
        />
      </Card>
      <Card size="small">
        <Statistic
          title="信访投诉"
          value={complaints.reduce((s, r) => s + (r.complaintCount ?? 0), 0)}
          suffix={`件（涉农 ${complaints.filter((r) => r.agriculture).reduce((s, r) => s + (r.complaintCount ?? 0), 0)}）`}
        />
      </Card>
      <Card size="small">
        <Statistic title="集体荣誉" value={of('HONOUR_WON').length} suffix="个" />
      </Card>
    </Space>
  );
}

/**
 * 工作成效 (issue 14 item 3): a village's — or, for a town cadre, the town's own — problems resolved,
 * costs saved, monthly complaints and collective honours of a year. Records are never edited: 更正 and
 * 撤回 add a record that replaces one, and the replaced ones can be shown.
 */
export default function OutcomesPage() {
  const scope = useVillageScope();
  const { me, can } = useSession();
  const town = me?.roles.find((r) => r.orgUnit.level === 'TOWN')?.orgUnit ?? null;
  const [level, setLevel] = useState<'TOWN' | 'VILLAGE'>(town ? 'TOWN' : 'VILLAGE');
  const unitId = level === 'TOWN' && town ? town.id : scope.villageId;
  const [year, setYear] = useState(currentYear());
  const [showReplaced, setShowReplaced] = useState(false);
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Row | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: OutcomeRecordsDocument,
    variables: { unitId: unitId ?? '', year },
    pause: !unitId,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = useMemo(() => (result.data?.outcomeRecords ?? []) as Row[], [result.data]);
  const mayRecord = can('OUTCOME_RECORD');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <VillageYearHeader
        title="工作成效"
        picker={
          <Space>
            {town && (
              <Segmented
                aria-label="登记到"
                value={level}
                onChange={(v) => setLevel(v as 'TOWN' | 'VILLAGE')}
                options={[
                  { value: 'TOWN', label: `${town.name}本级` },
                  { value: 'VILLAGE', label: '所辖村' },
                ]}
              />
            )}
            {level === 'VILLAGE' && scope.picker}
          </Space>
        }
        year={year}
        onYear={setYear}
        yearId="outcomes-year"
        action={
          unitId &&
          mayRecord && (
            <Button type="primary" onClick={() => setAdding(true)}>
              登记工作成效
            </Button>
          )
        }
      />
      {unitId && (
        <QueryView result={result} retry={reload}>
          {() => (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Totals rows={rows} />
              <Space>
                <Switch
                  checked={showReplaced}
                  onChange={setShowReplaced}
                  aria-label="显示已更正和已撤回的记录"
                />
                <Typography.Text>显示已更正和已撤回的记录</Typography.Text>
              </Space>
              <Table
                rowKey="id"
                aria-label="工作成效记录"
                dataSource={showReplaced ? rows : rows.filter((r) => r.counts)}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: `${year} 年还没有登记工作成效` }}
                columns={[
                  { title: '日期', dataIndex: 'occurredOn', width: 110 },
                  {
                    title: '类别',
                    dataIndex: 'kind',
                    width: 100,
                    render: (k: string) => OUTCOME_KIND_LABELS[k],
                  },
                  { title: '分类', dataIndex: 'category', width: 120 },
                  {
                    title: '说明',
                    dataIndex: 'description',
                    render: (d: string, r) => (
                      <Space orientation="vertical" size={0}>
                        <span>{d}</span>
                        {r.howEstimated && (
                          <Typography.Text type="secondary">估算：{r.howEstimated}</Typography.Text>
                        )}
                        {r.evidence && <Typography.Text type="secondary">佐证：{r.evidence}</Typography.Text>}
                        {r.correctionReason && (
                          <Typography.Text type="secondary">
                            {r.withdrawn ? '撤回原因' : '更正原因'}：{r.correctionReason}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  { title: '数额', key: 'amount', width: 140, render: (_: unknown, r) => amountOf(r) },
                  { title: '登记人', dataIndex: 'recordedByName', width: 100 },
                  {
                    title: '状态',
                    key: 'status',
                    width: 90,
                    render: (_: unknown, r) =>
                      r.counts ? (
                        <Tag color="green">计入</Tag>
                      ) : (
                        <Tag>{r.withdrawn ? '已撤回' : '已更正'}</Tag>
                      ),
                  },
                  ...(mayRecord
                    ? [
                        {
                          title: '操作',
                          key: 'actions',
                          width: 130,
                          render: (_: unknown, r: Row) =>
                            r.counts && (
                              <Space size={0}>
                                <Button type="link" onClick={() => setCorrecting(r)}>
                                  更正
                                </Button>
                                <Button type="link" danger onClick={() => setWithdrawing(r.id)}>
                                  撤回
                                </Button>
                              </Space>
                            ),
                        },
                      ]
                    : []),
                ]}
              />
            </Space>
          )}
        </QueryView>
      )}
      {unitId && (
        <OutcomeRecordModal
          unitId={unitId}
          open={adding || Boolean(correcting)}
          correcting={correcting}
          onClose={(changed) => {
            setAdding(false);
            setCorrecting(null);
            if (changed) reload();
          }}
        />
      )}
      <WithdrawOutcomeModal
        recordId={withdrawing}
        onClose={(changed) => {
          setWithdrawing(null);
          if (changed) reload();
        }}
      />
    </Space>
  );
}
