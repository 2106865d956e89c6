import { Alert, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '@village/web';
import { QueryView } from '../../components/query-view';
import { VillageYearHeader } from '../../components/village-year-header';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { DeductionRateChart } from './deduction-rate-chart';
import { FairnessViewDocument } from './fairness-documents';
import { GroupTable, ReviewerTable } from './fairness-tables';
import { PERIOD_OPTIONS, parsePeriod } from './period-options';

type View = ResultOf<typeof FairnessViewDocument>['fairnessView'];

function FairnessReport({ view }: { view: View }) {
  const flaggedCount =
    view.dimensions.reduce((n, d) => n + d.groups.filter((g) => g.check?.flagged).length, 0) +
    view.reviewers.filter((r) => r.check.flagged).length;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Alert
        type={flaggedCount ? 'warning' : 'info'}
        showIcon
        title={
          flaggedCount
            ? `${view.villageName}（${view.periodLabel}）：${flaggedCount} 处扣分率偏离全村`
            : `${view.villageName}（${view.periodLabel}）：没有扣分率偏离全村的分组或审核人`
        }
        description={
          <>
            <div>{view.outlierRule}</div>
            <div>
              平均信用积分：{view.scoreNote}；年龄按 {view.endsOn} 计算。分组只显示人数与合计，不显示个人。
            </div>
          </>
        }
      />
      {view.dimensions.map((d) => (
        <Card key={d.key} title={`按${d.label}`} size="small">
          <DeductionRateChart
            title={`按${d.label}`}
            measure="每百人扣分（次）"
            labels={d.groups.map((g) => g.label)}
            values={d.groups.map((g) => g.deductionsPer100)}
            flagged={d.groups.map((g) => Boolean(g.check?.flagged))}
            villageRate={view.village.deductionsPer100}
          />
          <GroupTable label={d.label} groups={d.groups} village={view.village} />
        </Card>
      ))}
      <Card title="按审核人" size="small">
        {view.reviewers.length > 0 && (
          <DeductionRateChart
            title="按审核人"
            measure="扣分占比（%）"
            labels={view.reviewers.map((r) => r.displayName)}
            values={view.reviewers.map((r) => r.deductionShare)}
            flagged={view.reviewers.map((r) => r.check.flagged)}
            villageRate={view.reviewerTotal.deductionShare}
          />
        )}
        <ReviewerTable reviewers={view.reviewers} total={view.reviewerTotal} />
      </Card>
    </Space>
  );
}

/**
 * 公平性分析 (issue 14 item 5): a village's scores, deductions and objections by grid, gender and age
 * band, and its reviewers' deductions, each group checked against the rest of the village — a bar per
 * group with the village's rate as a line, the outliers tagged 偏离 with the reason in a tooltip.
 */
export default function FairnessPage() {
  const scope = useVillageScope();
  const [year, setYear] = useState(currentYear());
  const [period, setPeriod] = useState('YEAR-1');
  const { kind, number } = parsePeriod(period);
  const [result, refetch] = useQuery({
    query: FairnessViewDocument,
    variables: { villageId: scope.villageId ?? '', year, kind, number },
    pause: !scope.villageId,
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <VillageYearHeader
        title="公平性分析"
        picker={scope.picker}
        year={year}
        onYear={setYear}
        yearId="fairness-year"
        action={
          <Select
            aria-label="期间"
            style={{ width: 120 }}
            value={period}
            onChange={setPeriod}
            options={PERIOD_OPTIONS}
          />
        }
      />
      {scope.villageId ? (
        <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
          {(data) => <FairnessReport view={data.fairnessView} />}
        </QueryView>
      ) : (
        <Typography.Text type="secondary">请选择一个村。</Typography.Text>
      )}
    </Space>
  );
}
