import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CreditRepairDialog } from './credit-repair-dialog';
import { formatDate, formatPoints, formatPointsChange } from '@village/web';
import type { ResultOf } from '@village/web';
import { ENTRY_KIND_LABELS, TRACK_LABELS } from '../scoring-labels';
import type { ScoringResidentScoreDocument } from './resident-score-documents';

type Entry = ResultOf<typeof ScoringResidentScoreDocument>['residentScore']['entries'][number];

function rule(e: Entry): string {
  const range =
    e.itemPointsMin === e.itemPointsMax
      ? `${formatPoints(e.itemPointsMin)} 分`
      : `${formatPoints(e.itemPointsMin)}–${formatPoints(e.itemPointsMax)} 分`;
  const parts = [`规则 ${range}`];
  if (e.quantity !== null) parts.push(`数量 ${formatPoints(e.quantity)}`);
  if (e.repeatMultiplier !== 1) parts.push(`重复 ×${formatPoints(e.repeatMultiplier)}`);
  return parts.join('，');
}

/** Every entry counted, with why it counts: the rule, who declared and reviewed, the evidence, expiry. */
export function ScoreEntriesTable({
  entries,
  canRepair = false,
  onRepaired = () => undefined,
}: {
  entries: Entry[];
  /** The viewer is a reviewer (credit council), who may repair a standing direct judgement. */
  canRepair?: boolean;
  onRepaired?: () => void;
}) {
  const [repairing, setRepairing] = useState<Entry | null>(null);
  const judged = (e: Entry) =>
    e.kind === 'NORMAL' && !e.reversed && (e.judgementGrade !== null || e.judgementStars !== null);
  return (
    <>
      {repairing && (
        <CreditRepairDialog entry={repairing} onClose={() => setRepairing(null)} onRepaired={onRepaired} />
      )}
      <Table<Entry>
        size="small"
        rowKey="id"
        dataSource={entries}
        locale={{ emptyText: '本期间没有计分记录' }}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条`, hideOnSinglePage: true }}
        columns={[
          { title: '日期', width: 110, render: (_, e) => formatDate(e.actedOn) },
          {
            title: '事项',
            render: (_, e) => (
              <>
                {e.itemCode} {e.itemName}
                <div>
                  <Typography.Text type="secondary">{rule(e)}</Typography.Text>
                </div>
              </>
            ),
          },
          { title: '积分类型', render: (_, e) => TRACK_LABELS[e.track] ?? e.track },
          {
            title: '分值',
            align: 'right',
            render: (_, e) => (
              <>
                <strong>{formatPointsChange(e.points)}</strong>
                {e.kind === 'REVERSAL' && <Tag style={{ marginLeft: 6 }}>{ENTRY_KIND_LABELS[e.kind]}</Tag>}
                {e.reversed && (
                  <Tag color="red" style={{ marginLeft: 6 }}>
                    已冲正
                  </Tag>
                )}
                {judged(e) && (
                  <Tag color="volcano" style={{ marginLeft: 6 }}>
                    直接认定
                  </Tag>
                )}
                {e.recordLevel === 'DISTRICT' && <Tag style={{ marginLeft: 6 }}>只计区级</Tag>}
              </>
            ),
          },
          { title: '申报人', render: (_, e) => e.declarantName ?? '—' },
          { title: '审核人', render: (_, e) => e.reviewerName ?? '—' },
          {
            title: '佐证',
            render: (_, e) =>
              e.evidence.length === 0
                ? '无'
                : e.evidence.map((f) => (
                    <div key={f.sha256} title={`SHA-256 ${f.sha256}`}>
                      附件：{f.fileName}（{Math.max(1, Math.round(f.sizeBytes / 1024))} KB）
                    </div>
                  )),
          },
          { title: '到期日', render: (_, e) => formatDate(e.expiresOn) },
          { title: '计分依据', render: (_, e) => e.ruleNote ?? '' },
          { title: '理由', render: (_, e) => e.reason ?? '' },
          ...(canRepair
            ? [
                {
                  title: '操作',
                  render: (_: unknown, e: Entry) =>
                    judged(e) ? (
                      <Button size="small" onClick={() => setRepairing(e)}>
                        信用修复
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
