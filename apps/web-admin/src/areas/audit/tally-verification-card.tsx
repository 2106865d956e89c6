import { Alert, Button, Descriptions, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { apiErrorMessage, formatDateTime } from '@village/web';
import type { ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { PERIOD_STATUS_LABELS } from '../scoring/scoring-labels';

const AuditTallyPeriodsDocument = graphql(`
  query AuditTallyPeriods($villageId: ID!, $year: Int!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      id
      kind
      number
      status
    }
  }
`);

const AuditTallyVersionsDocument = graphql(`
  query AuditTallyVersions($periodId: ID!) {
    scoreTallies(periodId: $periodId) {
      id
      version
      createdAt
      reason
    }
  }
`);

const AuditVerifyTallyDocument = graphql(`
  query AuditVerifyTally($tallyId: ID!) {
    verifyScoreTally(tallyId: $tallyId) {
      tallyId
      valid
      contentHashMatches
      anchorMatches
      chainValid
      sumsMatch
      problems
    }
  }
`);

type Verification = ResultOf<typeof AuditVerifyTallyDocument>['verifyScoreTally'];

const CHECKS: { key: keyof Verification; label: string }[] = [
  { key: 'contentHashMatches', label: '公示内容与内容哈希一致' },
  { key: 'anchorMatches', label: '锚定的台账记录哈希未变' },
  { key: 'chainValid', label: '锚点之前的台账哈希链完整' },
  { key: 'sumsMatch', label: '按台账重新合计与公示一致' },
];

/** Pick a period and a tally version, verify it, and see each of the four checks in words. */
export function TallyVerificationCard({ villageId, year }: { villageId: string; year: number }) {
  const client = useClient();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [tallyId, setTallyId] = useState<string | null>(null);
  const [result, setResult] = useState<Verification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [periods] = useQuery({ query: AuditTallyPeriodsDocument, variables: { villageId, year } });
  const [versions] = useQuery({
    query: AuditTallyVersionsDocument,
    variables: { periodId: periodId ?? '' },
    pause: !periodId,
  });
  const tallied = (periods.data?.scoringPeriods ?? []).filter(
    (p) => p.kind !== 'MONTH' && ['TALLIED', 'NOTICE', 'FINAL'].includes(p.status),
  );
  const chosenTally = tallyId ?? versions.data?.scoreTallies[0]?.id ?? null;
  const verify = async () => {
    if (!chosenTally) return;
    setRunning(true);
    setFailure(null);
    const answer = await client
      .query(AuditVerifyTallyDocument, { tallyId: chosenTally }, { requestPolicy: 'network-only' })
      .toPromise();
    setRunning(false);
    if (answer.error || !answer.data) setFailure(apiErrorMessage(answer.error));
    else setResult(answer.data.verifyScoreTally);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="audit-period">期间</label>
        <Select
          id="audit-period"
          style={{ minWidth: 220 }}
          placeholder={
            periods.fetching ? '加载中…' : tallied.length === 0 ? '该年度没有已核算的期间' : '选择期间'
          }
          value={periodId ?? undefined}
          onChange={(id: string) => {
            setPeriodId(id);
            setTallyId(null);
            setResult(null);
          }}
          options={tallied.map((p) => ({
            value: p.id,
            label: `${p.kind === 'YEAR' ? '年度总评' : `第 ${p.number} 季度`}（${PERIOD_STATUS_LABELS[p.status]}）`,
          }))}
        />
        <label htmlFor="audit-tally">核算版本</label>
        <Select
          id="audit-tally"
          style={{ minWidth: 260 }}
          value={chosenTally ?? undefined}
          onChange={(id: string) => {
            setTallyId(id);
            setResult(null);
          }}
          options={(versions.data?.scoreTallies ?? []).map((t) => ({
            value: t.id,
            label: `第 ${t.version} 版 · ${formatDateTime(t.createdAt)}`,
          }))}
        />
        <Button type="primary" disabled={!chosenTally} loading={running} onClick={verify}>
          核验核算结果
        </Button>
      </Space>
      {periods.error && <Alert type="error" showIcon message={apiErrorMessage(periods.error)} />}
      {failure && <Alert type="error" showIcon role="alert" message="核验未完成" description={failure} />}
      {result && (
        <>
          <Alert
            role="status"
            showIcon
            type={result.valid ? 'success' : 'error'}
            message={result.valid ? '✔ 核验通过：公示结果与台账一致' : '✘ 核验未通过'}
            description={result.problems.length > 0 ? result.problems.join('；') : undefined}
            style={{ marginBottom: 12 }}
          />
          <Descriptions size="small" column={1} bordered>
            {CHECKS.map((c) => (
              <Descriptions.Item key={c.key} label={c.label}>
                <Typography.Text type={result[c.key] ? 'success' : 'danger'}>
                  {result[c.key] ? '✔ 是' : '✘ 否'}
                </Typography.Text>
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      )}
    </>
  );
}
