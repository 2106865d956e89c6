import { Alert, Breadcrumb, Button, InputNumber, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, type ResultOf } from '@village/web';
import { useMyUnits } from '../../components/my-units';
import { QueryView } from '../../components/query-view';
import { currentYear } from '../scoring/village-scope';
import {
  DashboardDocument,
  DashboardFiguresDocument,
  TABLE_FIGURES,
  formatChange,
  formatFigure,
} from './dashboard-documents';
import { DashboardExports } from './dashboard-exports';
import { FigureChart } from './figure-chart';
import { PERIOD_OPTIONS, parsePeriod } from './period-options';

type Board = ResultOf<typeof DashboardDocument>['dashboard'];
type Figure = ResultOf<typeof DashboardFiguresDocument>['dashboardFigures'][number];

const LEVEL_WORD: Record<string, string> = { TOWN: '镇', VILLAGE: '村' };

function Comparison({
  board,
  figures,
  onDrill,
}: {
  board: Board;
  figures: Figure[];
  onDrill: (id: string, name: string) => void;
}) {
  const [chartKey, setChartKey] = useState('participationRate');
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const chart = byKey.get(chartKey) ?? figures[0];
  const pick = (row: Board['rows'][number], key: string) => row.values.find((v) => v.key === key);
  const drillable = board.level !== 'VILLAGE';
  const columns = [
    {
      title: LEVEL_WORD[board.childLevel] ?? '单位',
      key: 'unit',
      fixed: 'left' as const,
      render: (_: unknown, row: Board['rows'][number]) =>
        drillable && row.unitId !== board.unitId ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => onDrill(row.unitId, row.unitName)}>
            {row.unitName}
          </Button>
        ) : (
          row.unitName
        ),
    },
    ...TABLE_FIGURES.map((key) => {
      const def = byKey.get(key);
      return {
        title: (
          <Tooltip title={def?.howComputed}>
            <span>{def?.label ?? key}</span>
          </Tooltip>
        ),
        key,
        align: 'right' as const,
        render: (_: unknown, row: Board['rows'][number]) => {
          const v = pick(row, key);
          const change = formatChange(v?.value ?? null, v?.previous ?? null, def?.unit ?? '');
          return (
            <>
              <div>{formatFigure(v?.value ?? null, def?.unit ?? '')}</div>
              {change && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {change}
                </Typography.Text>
              )}
            </>
          );
        },
      };
    }),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="dashboard-chart-figure">图表指标</label>
        <Select
          id="dashboard-chart-figure"
          style={{ width: 220 }}
          value={chart?.key}
          onChange={setChartKey}
          options={figures.map((f) => ({ value: f.key, label: `${f.group} · ${f.label}` }))}
        />
        {chart && <Typography.Text type="secondary">口径：{chart.howComputed}</Typography.Text>}
      </Space>
      {chart && (
        <FigureChart
          label={`${chart.label}（${chart.unit}）`}
          units={board.rows.map((r) => r.unitName)}
          values={board.rows.map((r) => pick(r, chart.key)?.value ?? null)}
          previous={board.rows.map((r) => pick(r, chart.key)?.previous ?? null)}
          onPick={(i) => drillable && onDrill(board.rows[i].unitId, board.rows[i].unitName)}
        />
      )}
      <Table
        rowKey="unitId"
        size="small"
        aria-label="各单位指标比较"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={board.rows}
        columns={columns}
        summary={() =>
          board.rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {TABLE_FIGURES.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  {formatFigure(pick(board.total, key)?.value ?? null, byKey.get(key)?.unit ?? '')}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
      {board.level === 'VILLAGE' && (
        <Link to={`/scoring/residents?village=${board.unitId}`}>查看本村每位村民的积分明细 →</Link>
      )}
      <Typography.Text type="secondary">
        数据来自汇总表，{board.computedAt ? `最近计算于 ${formatDateTime(board.computedAt)}` : '尚未计算'}（每
        10 分钟更新有变化的村）。比率为所辖各村分子之和 ÷ 分母之和。
      </Typography.Text>
    </Space>
  );
}

/**
 * 数据看板: a district compares its towns, a town its villages, a village reads its own — by year,
 * quarter or month, each figure beside the same period a year earlier; click a row or a bar to drill
 * down (district → town → village → its residents' scores). The trail is kept in the address.
 */
export default function DashboardPage() {
  const mine = [...useMyUnits('DISTRICT'), ...useMyUnits('TOWN'), ...useMyUnits('VILLAGE')];
  const [params, setParams] = useSearchParams();
  const trail = (params.get('trail') ?? '')
    .split('~')
    .filter(Boolean)
    .map((s) => {
      const [id, ...name] = s.split(':');
      return { id, name: name.join(':') };
    });
  const root = mine.find((u) => u.id === params.get('root')) ?? mine[0];
  const unit = trail.length ? trail[trail.length - 1] : root;
  const [year, setYear] = useState(currentYear());
  const [period, setPeriod] = useState('YEAR-1');
  const { kind, number } = parsePeriod(period);
  const [figures] = useQuery({ query: DashboardFiguresDocument });
  const [result, refetch] = useQuery({
    query: DashboardDocument,
    variables: { unitId: unit?.id ?? '', year, kind, number },
    pause: !unit,
  });
  const go = (next: { id: string; name: string }[], rootId = root?.id) => {
    const p = new URLSearchParams(params);
    if (rootId) p.set('root', rootId);
    if (next.length) p.set('trail', next.map((u) => `${u.id}:${u.name}`).join('~'));
    else p.delete('trail');
    setParams(p);
  };
  if (!root) return <Alert type="info" title="您没有区、镇或村的角色，没有可查看的看板" />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          数据看板
        </Typography.Title>
        {mine.length > 1 && (
          <Select
            aria-label="选择单位"
            style={{ width: 200 }}
            value={root.id}
            onChange={(id: string) => go([], id)}
            options={mine.map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
        <label htmlFor="dashboard-year">年度</label>
        <InputNumber
          id="dashboard-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        <Select
          aria-label="期间"
          style={{ width: 120 }}
          value={period}
          onChange={setPeriod}
          options={PERIOD_OPTIONS}
        />
        {unit && <DashboardExports unit={unit} year={year} kind={kind} number={Number(number)} />}
      </Space>
      <Breadcrumb
        items={[root, ...trail].map((u, i) => ({
          key: u.id,
          title:
            i < trail.length ? (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => go(trail.slice(0, i))}>
                {u.name}
              </Button>
            ) : (
              u.name
            ),
        }))}
      />
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Comparison
            board={data.dashboard}
            figures={figures.data?.dashboardFigures ?? []}
            onDrill={(id, name) => go([...trail, { id, name }])}
          />
        )}
      </QueryView>
    </Space>
  );
}
