import { InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, formatPoints, useSession } from '@village/web';
import type { ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { QueryView } from '../../../components/query-view';
import { SUBJECT_LABELS } from '../scoring-labels';
import { currentYear, useVillageScope } from '../village-scope';

const ScoringAppraisalSummaryDocument = graphql(`
  query ScoringAppraisalSummary($villageId: ID!, $year: Int!) {
    appraisalSummary(villageId: $villageId, year: $year) {
      rateeResidentId
      rateeName
      subjectType
      peerCount
      peerAverage
      massCount
      massAverage
    }
  }
`);

const ScoringAppraisalRatingsDocument = graphql(`
  query ScoringAppraisalRatings($villageId: ID!, $year: Int!) {
    appraisalRatings(villageId: $villageId, year: $year) {
      id
      rateeResidentId
      raterResidentId
      raterKind
      subjectType
      rating
      comment
      createdAt
    }
  }
`);

type Line = ResultOf<typeof ScoringAppraisalSummaryDocument>['appraisalSummary'][number];
type Rating = ResultOf<typeof ScoringAppraisalRatingsDocument>['appraisalRatings'][number];

/** Democratic appraisal of the year: per person and role, how many rated and the averages; auditors also see each rating. */
export default function AppraisalSummaryPage() {
  const { can } = useSession();
  const scope = useVillageScope();
  const [year, setYear] = useState(currentYear());
  const variables = { villageId: scope.villageId ?? '', year };
  const [summary, refetch] = useQuery({
    query: ScoringAppraisalSummaryDocument,
    variables,
    pause: !scope.villageId,
  });
  const [ratings] = useQuery({
    query: ScoringAppraisalRatingsDocument,
    variables,
    pause: !scope.villageId || !can('AUDIT_READ'),
  });
  const names = new Map((summary.data?.appraisalSummary ?? []).map((l) => [l.rateeResidentId, l.rateeName]));
  const avg = (v: number | null, n: number) => (v === null ? '无人评议' : `${formatPoints(v)}（${n} 人）`);
  return (
    <>
      <Typography.Title level={3}>民主评议汇总</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
        <label htmlFor="appraisal-year">年度</label>
        <InputNumber
          id="appraisal-year"
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      {scope.villageId && (
        <QueryView
          result={summary}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          isEmpty={(d) => d.appraisalSummary.length === 0}
          empty={`${year} 年度暂无评议`}
        >
          {(d) => (
            <Table<Line>
              size="small"
              rowKey={(l) => `${l.rateeResidentId}-${l.subjectType}`}
              dataSource={d.appraisalSummary}
              pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条`, hideOnSinglePage: true }}
              columns={[
                { title: '姓名', dataIndex: 'rateeName' },
                { title: '身份', render: (_, l) => SUBJECT_LABELS[l.subjectType] },
                {
                  title: '同级互评平均分',
                  align: 'right',
                  render: (_, l) => avg(l.peerAverage, l.peerCount),
                },
                {
                  title: '群众评议平均分',
                  align: 'right',
                  render: (_, l) => avg(l.massAverage, l.massCount),
                },
              ]}
            />
          )}
        </QueryView>
      )}
      {can('AUDIT_READ') && scope.villageId && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            全部评分（审计）
          </Typography.Title>
          <QueryView result={ratings} isEmpty={(d) => d.appraisalRatings.length === 0} empty="暂无评分">
            {(d) => (
              <Table<Rating>
                size="small"
                rowKey="id"
                dataSource={d.appraisalRatings}
                pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条` }}
                columns={[
                  { title: '被评议人', render: (_, r) => names.get(r.rateeResidentId) ?? r.rateeResidentId },
                  { title: '身份', render: (_, r) => SUBJECT_LABELS[r.subjectType] },
                  { title: '评议类型', render: (_, r) => (r.raterKind === 'PEER' ? '同级互评' : '群众评议') },
                  { title: '评议人编号', dataIndex: 'raterResidentId' },
                  { title: '评分', dataIndex: 'rating', align: 'right' },
                  { title: '意见', render: (_, r) => r.comment ?? '' },
                  { title: '时间', render: (_, r) => formatDateTime(r.createdAt) },
                ]}
              />
            )}
          </QueryView>
        </>
      )}
    </>
  );
}
