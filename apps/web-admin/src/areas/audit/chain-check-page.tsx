import { Alert, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { apiErrorMessage, formatDateTime } from '@village/web';
import type { ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { TallyVerificationCard } from './tally-verification-card';

const AuditLedgerChainCheckDocument = graphql(`
  query AuditLedgerChainCheck($villageId: ID!) {
    ledgerChainCheck(villageId: $villageId) {
      ok
      entries
      firstBrokenSeq
    }
  }
`);

type ChainResult = ResultOf<typeof AuditLedgerChainCheckDocument>['ledgerChainCheck'];

/**
 * The auditor's two checks, each run on demand (they read the whole ledger): the village ledger's
 * hash chain, and one tally against the ledger it was computed from. Results say plainly whether all
 * is well and, if not, where it breaks.
 */
export default function ChainCheckPage() {
  const client = useClient();
  const scope = useVillageScope();
  const [year, setYear] = useState(currentYear());
  const [running, setRunning] = useState(false);
  const [chain, setChain] = useState<{ result: ChainResult; at: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    if (!scope.villageId) return;
    setRunning(true);
    setFailure(null);
    const answer = await client
      .query(AuditLedgerChainCheckDocument, { villageId: scope.villageId }, { requestPolicy: 'network-only' })
      .toPromise();
    setRunning(false);
    if (answer.error || !answer.data) setFailure(apiErrorMessage(answer.error));
    else setChain({ result: answer.data.ledgerChainCheck, at: new Date().toISOString() });
  };
  return (
    <>
      <Typography.Title level={3}>台账链校验与核算核验</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
      </Space>
      {!scope.villageId ? (
        <Typography.Paragraph>请先选择要审计的村。</Typography.Paragraph>
      ) : (
        <>
          <Card title="积分台账哈希链校验" size="small" style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">
              按顺序重新计算该村积分台账每条记录的哈希，发现被直接改动（绕过系统）的记录。
            </Typography.Paragraph>
            <Button type="primary" onClick={run} loading={running}>
              校验台账链
            </Button>
            {failure && (
              <Alert
                type="error"
                showIcon
                role="alert"
                message="校验未完成"
                description={failure}
                style={{ marginTop: 12 }}
              />
            )}
            {chain && (
              <Alert
                role="status"
                style={{ marginTop: 12 }}
                showIcon
                type={chain.result.ok ? 'success' : 'error'}
                message={
                  chain.result.ok
                    ? `✔ 台账链完好：共校验 ${chain.result.entries} 条记录`
                    : `✘ 台账链断裂：第 ${chain.result.firstBrokenSeq} 号记录对不上`
                }
                description={
                  chain.result.ok
                    ? `${formatDateTime(chain.at)} 校验，未发现改动。`
                    : `共 ${chain.result.entries} 条记录；从第 ${chain.result.firstBrokenSeq} 号记录起哈希与记录内容不符，该记录或其之前的记录被直接改动过。请保存此结果并上报。`
                }
              />
            )}
          </Card>
          <Card title="核算结果核验" size="small">
            <Space wrap style={{ marginBottom: 12 }}>
              <label htmlFor="audit-year">年度</label>
              <InputNumber
                id="audit-year"
                value={year}
                min={2000}
                max={2100}
                onChange={(v) => v && setYear(v)}
              />
            </Space>
            <TallyVerificationCard villageId={scope.villageId} year={year} />
          </Card>
        </>
      )}
    </>
  );
}
