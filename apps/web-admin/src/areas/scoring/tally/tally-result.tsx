import { Card, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { formatDate, formatDateTime } from '@village/web';
import { QueryView } from '../../../components/query-view';
import { ScoringTallyLinesDocument, ScoringTallyVersionsDocument } from './tally-documents';
import { TallyLines } from './tally-lines';

/** The period's tally: the newest version by default, older ones (before a correction) to compare. */
export function TallyResult({
  periodId,
  yearly,
  status,
}: {
  periodId: string;
  yearly: boolean;
  status: string;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [versions, refetch] = useQuery({ query: ScoringTallyVersionsDocument, variables: { periodId } });
  // An empty list carries no type the cache could invalidate: reload when the period moves on.
  useEffect(() => {
    refetch({ requestPolicy: 'network-only' });
  }, [status, refetch]);
  const list = versions.data?.scoreTallies ?? [];
  const tallyId = list.find((t) => t.id === chosen)?.id ?? list[0]?.id ?? null;
  const [lines] = useQuery({
    query: ScoringTallyLinesDocument,
    variables: { id: tallyId ?? '' },
    pause: !tallyId,
  });
  return (
    <Card title="核算结果" size="small">
      <QueryView
        result={versions}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.scoreTallies.length === 0}
        empty="本期间尚未核算"
      >
        {() => (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <label htmlFor="tally-version">版本</label>
              <Select
                id="tally-version"
                style={{ minWidth: 320 }}
                value={tallyId ?? undefined}
                onChange={setChosen}
                options={list.map((t, i) => ({
                  value: t.id,
                  label: `第 ${t.version} 版 · ${formatDateTime(t.createdAt)} · ${t.reason}${i === 0 ? '（最新）' : ''}`,
                }))}
              />
            </Space>
            <QueryView result={lines}>
              {(d) => (
                <>
                  <Typography.Paragraph type="secondary">
                    统计 {formatDate(d.scoreTally.windowStartsOn)} 至 {formatDate(d.scoreTally.windowEndsOn)}
                    ，共 {d.scoreTally.residentCount} 人；内容哈希{' '}
                    <Typography.Text code>{d.scoreTally.contentHash.slice(0, 16)}…</Typography.Text>
                  </Typography.Paragraph>
                  <TallyLines lines={d.scoreTally.lines ?? []} yearly={yearly} />
                </>
              )}
            </QueryView>
          </>
        )}
      </QueryView>
    </Card>
  );
}
