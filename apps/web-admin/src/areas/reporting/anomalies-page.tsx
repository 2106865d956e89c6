import { Button, Collapse, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, useSession, type VariablesOf } from '@village/web';
import { PagedQueryTable } from '../../components/paged-query-table';
import { usePaging } from '../../components/paging';
import { AnomalyEvidence } from './anomaly-evidence';
import {
  ANOMALY_KIND_COLOURS,
  ANOMALY_KIND_LABELS,
  ANOMALY_STATUS_LABELS,
  AnomalyAlertsDocument,
  AnomalyRulesDocument,
} from './anomalies-documents';
import { ResolveAnomalyModal } from './resolve-anomaly-modal';

type Variables = VariablesOf<typeof AnomalyAlertsDocument>;
const STATUS_COLOURS: Record<string, string> = { OPEN: 'gold', VERIFIED_OK: 'green', HANDLED: 'blue' };

/** The rules and their thresholds, as the API states them. */
function RulesLegend() {
  const [rules] = useQuery({ query: AnomalyRulesDocument });
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'rules',
          label: '提醒规则与提醒线',
          children: (
            <ul style={{ margin: 0 }}>
              {(rules.data?.anomalyRules ?? []).map((r) => (
                <li key={r.kind}>
                  <strong>{r.label}</strong>：{r.rule}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

/**
 * 异常提醒 (issue 14 item 9): what the anomaly rules found in the villages the user oversees — a village
 * admin its own, a town admin its villages', the district all — each with what triggered it. Nothing
 * was changed by the system; a cadre looks into it and records 已核实，无问题 or 已处理 with a note.
 */
export default function AnomaliesPage() {
  const { me, can } = useSession();
  const unit =
    me?.roles.find((r) => r.permissions.includes('ANOMALY_REVIEW') || r.permissions.includes('ANOMALY_READ'))
      ?.orgUnit ?? null;
  const paging = usePaging(20);
  const [status, setStatus] = useState<string>('OPEN');
  const [kind, setKind] = useState<string | null>(null);
  const [resolving, setResolving] = useState<{ id: string; summary: string } | null>(null);
  const [result, refetch] = useQuery({
    query: AnomalyAlertsDocument,
    variables: {
      unitId: unit?.id ?? '',
      status: status === 'ALL' ? null : (status as Variables['status']),
      kind: kind as Variables['kind'],
      ...paging.variables,
    },
    pause: !unit,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mayResolve = can('ANOMALY_REVIEW');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>异常提醒</Typography.Title>
      <Typography.Paragraph type="secondary">
        {unit ? `${unit.name}：` : ''}
        系统按下列规则自动发现可能的异常，提醒村、镇管理员核实；提醒只是提示，系统不会因此改动任何积分或申报。
      </Typography.Paragraph>
      <RulesLegend />
      <Space wrap>
        <Segmented
          aria-label="状态"
          value={status}
          onChange={(v) => {
            setStatus(String(v));
            paging.reset();
          }}
          options={[
            ...Object.entries(ANOMALY_STATUS_LABELS).map(([value, label]) => ({ value, label })),
            { value: 'ALL', label: '全部' },
          ]}
        />
        <Select
          aria-label="提醒类别"
          allowClear
          placeholder="全部类别"
          style={{ minWidth: 180 }}
          value={kind ?? undefined}
          onChange={(v: string | undefined) => {
            setKind(v ?? null);
            paging.reset();
          }}
          options={Object.entries(ANOMALY_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      {unit && (
        <PagedQueryTable
          result={result}
          retry={reload}
          page={(d) => d.anomalyAlerts}
          empty={status === 'OPEN' ? '没有待核实的异常提醒' : '没有符合条件的异常提醒'}
          paging={paging}
          columns={[
            {
              title: '类别',
              width: 150,
              render: (_, r) => <Tag color={ANOMALY_KIND_COLOURS[r.kind]}>{ANOMALY_KIND_LABELS[r.kind]}</Tag>,
            },
            { title: '村', dataIndex: 'villageName', width: 110 },
            { title: '时段', dataIndex: 'periodLabel', width: 130 },
            {
              title: '说明与依据',
              render: (_, r) => (
                <Space orientation="vertical" size="small" style={{ width: '100%' }}>
                  <Typography.Text>{r.summary}</Typography.Text>
                  <Collapse
                    size="small"
                    ghost
                    items={[
                      {
                        key: 'evidence',
                        label: '查看依据',
                        children: (
                          <AnomalyEvidence
                            villageId={r.villageId}
                            evidence={r.evidence}
                            declarationIds={r.declarationIds}
                            residents={r.residents}
                          />
                        ),
                      },
                    ]}
                  />
                  {r.resolution && (
                    <Typography.Text type="secondary">
                      {r.resolution.resolvedByName} 于 {formatDateTime(r.resolution.resolvedAt)} 核实：
                      {r.resolution.note}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: '提醒时间',
              width: 150,
              render: (_, r) => formatDateTime(r.raisedAt),
            },
            {
              title: '状态',
              width: 120,
              render: (_, r) => <Tag color={STATUS_COLOURS[r.status]}>{ANOMALY_STATUS_LABELS[r.status]}</Tag>,
            },
            ...(mayResolve
              ? [
                  {
                    title: '操作',
                    width: 90,
                    render: (_: unknown, r: { id: string; summary: string; status: string }) =>
                      r.status === 'OPEN' && (
                        <Button size="small" type="primary" onClick={() => setResolving(r)}>
                          核实
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ResolveAnomalyModal
        alert={resolving}
        onClose={(changed) => {
          setResolving(null);
          if (changed) reload();
        }}
      />
    </Space>
  );
}
