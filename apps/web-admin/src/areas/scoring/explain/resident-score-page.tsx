import { Card, Col, InputNumber, Row, Select, Space, Statistic, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatPoints, formatPointsChange, useSession } from '@village/web';
import { QueryView } from '../../../components/query-view';
import { ResidentPicker } from '../resident-picker';
import { TRACK_LABELS } from '../scoring-labels';
import { currentYear, useVillageScope } from '../village-scope';
import { LedgerEntriesTable } from './ledger-entries-table';
import { ScoreEntriesTable } from './score-entries-table';
import { ScoringResidentScoreDocument } from './resident-score-documents';

/**
 * A resident's score explained: the totals per track, and every ledger entry behind them with its
 * rule, evidence, reviewer and expiry — what a cadre shows a villager who asks "why this number?".
 * The resident is kept in the address (`?resident=`) so a link opens the same explanation.
 */
export default function ResidentScorePage() {
  const scope = useVillageScope();
  const canReview = useSession().can('DECLARATION_REVIEW');
  const [params, setParams] = useSearchParams();
  const residentId = params.get('resident');
  const [year, setYear] = useState(currentYear());
  const [quarter, setQuarter] = useState<number | null>(null);
  const [score, refetch] = useQuery({
    query: ScoringResidentScoreDocument,
    variables: { residentId: residentId ?? '', year, quarter },
    pause: !residentId,
  });
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('resident', id);
    setParams(next, { replace: true });
  };
  return (
    <>
      <Typography.Title level={3}>村民积分明细</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
        {scope.villageId && (
          <>
            <label htmlFor="score-resident">村民</label>
            <ResidentPicker
              id="score-resident"
              villageId={scope.villageId}
              value={residentId}
              onChange={choose}
            />
          </>
        )}
        <label htmlFor="score-year">年度</label>
        <InputNumber id="score-year" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        <label htmlFor="score-quarter">期间</label>
        <Select
          id="score-quarter"
          style={{ width: 140 }}
          value={quarter ?? 0}
          onChange={(v: number) => setQuarter(v === 0 ? null : v)}
          options={[
            { value: 0, label: '全年' },
            ...[1, 2, 3, 4].map((q) => ({ value: q, label: `第 ${q} 季度` })),
          ]}
        />
      </Space>
      {!residentId ? (
        <Typography.Paragraph>请选择一位村民查看其积分明细。</Typography.Paragraph>
      ) : (
        <QueryView result={score} retry={() => refetch({ requestPolicy: 'network-only' })}>
          {({ residentScore: s }) => (
            <>
              <Typography.Title level={4}>
                {s.residentName} · {s.periodLabel}
              </Typography.Title>
              <Typography.Paragraph type="secondary">
                计分 {formatDate(s.from)} 至 {formatDate(s.to)}
                {s.postedVersion !== null
                  ? `；按公示的第 ${s.postedVersion} 版核算说明${s.laterEntries > 0 ? `，公示后另有 ${s.laterEntries} 条记录计入以后的核算` : ''}`
                  : '；尚未公示，按实时台账'}
              </Typography.Paragraph>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                {s.tracks.map((t) => (
                  <Col key={t.track} xs={24} md={12}>
                    <Card size="small">
                      <Statistic
                        title={TRACK_LABELS[t.track] ?? t.track}
                        value={formatPoints(t.score)}
                        suffix="分"
                      />
                      <Typography.Text type="secondary">
                        基础分 {formatPoints(t.baseScore)}，奖惩分 {formatPointsChange(t.points)}
                        {t.quarterPoints !== null && `（本季度 ${formatPointsChange(t.quarterPoints)}）`}，
                        {t.entryCount} 条记录
                      </Typography.Text>
                    </Card>
                  </Col>
                ))}
                {s.districtRecord && (
                  <Col xs={24} md={12}>
                    <Card size="small">
                      <Statistic
                        title="区级信用档案"
                        value={formatPoints(s.districtRecord.score)}
                        suffix={`分 · 信用等级 ${s.districtRecord.letterGrade ?? '—'}`}
                      />
                      <Typography.Text type="secondary">
                        截至 {formatDate(s.districtRecord.asOf)}，{s.districtRecord.entryCount}{' '}
                        条仍在有效期内的记录（可跨年度）
                      </Typography.Text>
                    </Card>
                  </Col>
                )}
              </Row>
              <Tabs
                items={[
                  {
                    key: 'explained',
                    label: '计分说明',
                    children: (
                      <ScoreEntriesTable
                        entries={s.entries}
                        canRepair={canReview}
                        onRepaired={() => refetch({ requestPolicy: 'network-only' })}
                      />
                    ),
                  },
                  {
                    key: 'ledger',
                    label: '台账记录与更正',
                    children: <LedgerEntriesTable residentId={s.residentId} residentName={s.residentName} />,
                  },
                ]}
              />
            </>
          )}
        </QueryView>
      )}
    </>
  );
}
