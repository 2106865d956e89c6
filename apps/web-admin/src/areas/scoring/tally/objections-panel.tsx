import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import type { ResultOf } from '@village/web';
import { usePaging } from '../../../components/paging';
import { PagedQueryTable } from '../../../components/paged-query-table';
import { OBJECTION_STATUS_LABELS } from '../scoring-labels';
import { AnswerObjectionDialog } from './answer-objection-dialog';
import {
  ScoringObjectionsDocument,
  ScoringTallyVersionsDocument,
  ScoringTallyLinesDocument,
} from './tally-documents';

export type PanelObjection = ResultOf<typeof ScoringObjectionsDocument>['objections']['items'][number];

const STATUS_COLOURS: Record<string, string> = { OPEN: 'gold', UPHELD: 'green', DISMISSED: 'default' };

/** Names for resident ids, from the period's newest tally (objections carry ids only). */
function useNamesFromTally(periodId: string): Map<string, string> {
  const [versions] = useQuery({ query: ScoringTallyVersionsDocument, variables: { periodId } });
  const latest = versions.data?.scoreTallies[0]?.id;
  const [lines] = useQuery({
    query: ScoringTallyLinesDocument,
    variables: { id: latest ?? '' },
    pause: !latest,
  });
  return new Map((lines.data?.scoreTally.lines ?? []).map((l) => [l.residentId, l.residentName]));
}

/** The notice's objections: each with its answer deadline, overdue ones marked in words, and answered. */
export function ObjectionsPanel({
  periodId,
  period,
  onAnswered,
}: {
  periodId: string;
  period: { startsOn: string; endsOn: string };
  onAnswered(): void;
}) {
  const paging = usePaging(10);
  const [result, refetch] = useQuery({
    query: ScoringObjectionsDocument,
    variables: { periodId, ...paging.variables },
  });
  const names = useNamesFromTally(periodId);
  const [answering, setAnswering] = useState<PanelObjection | null>(null);
  const name = (id: string) => names.get(id) ?? '（未在公示中）';
  return (
    <Card title="异议" size="small" style={{ marginBottom: 16 }}>
      <PagedQueryTable
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        page={(d) => d.objections}
        empty="公示期内暂无异议"
        paging={paging}
        columns={[
          { title: '被异议村民', render: (_, o) => name(o.subjectResidentId) },
          { title: '提出人', render: (_, o) => name(o.objectorResidentId) },
          { title: '理由', dataIndex: 'reason' },
          { title: '提出日期', render: (_, o) => formatDate(o.raisedOn) },
          {
            title: '答复期限',
            render: (_, o) => (
              <>
                {formatDate(o.answerDueOn)}
                {o.overdue && (
                  <Tag color="red" style={{ marginLeft: 6 }}>
                    ⚠ 已超期
                  </Tag>
                )}
                {o.answeredLate && (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    逾期答复
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '状态',
            render: (_, o) => (
              <Tag color={STATUS_COLOURS[o.status]}>{OBJECTION_STATUS_LABELS[o.status] ?? o.status}</Tag>
            ),
          },
          {
            title: '答复',
            render: (_, o) =>
              o.status === 'OPEN' ? (
                <Button size="small" type="primary" onClick={() => setAnswering(o)}>
                  答复
                </Button>
              ) : (
                <Typography.Text>
                  {o.answer}（{formatDate(o.answeredOn)}）
                  {o.correctionEntryIds.length > 0 && `，更正 ${o.correctionEntryIds.length} 条台账`}
                </Typography.Text>
              ),
          },
        ]}
      />
      {answering && (
        <AnswerObjectionDialog
          objection={answering}
          subjectName={name(answering.subjectResidentId)}
          period={period}
          onClose={() => setAnswering(null)}
          onAnswered={() => {
            setAnswering(null);
            refetch({ requestPolicy: 'network-only' });
            onAnswered();
          }}
        />
      )}
    </Card>
  );
}
