import { Card, Tag } from 'antd-mobile';
import { formatDate, formatPoints, formatPointsChange } from '@village/web';
import type { ScoreEntry as Entry } from './my-score-documents';
import { TRACK_LABELS } from '../app/labels';
import { EmptyState } from '../components/query-state';
import { useShowMore } from '../components/show-more';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** One ledger entry explained: what, when, how many points, who declared and reviewed it, evidence, expiry. */
function ScoreEntryCard({ entry, quarter }: { entry: Entry; quarter: number | null }) {
  const sign = entry.points >= 0 ? 'points-plus' : 'points-minus';
  return (
    <Card className="card-gap" aria-label={`${entry.itemName} ${formatPointsChange(entry.points)} 分`}>
      <div className="row">
        <strong>
          {entry.itemName}
          <span className="muted">（{entry.itemCode}）</span>
        </strong>
        <span className={sign}>
          {formatPointsChange(entry.points)} 分{entry.points >= 0 ? '（加分）' : '（扣分）'}
        </span>
      </div>
      <div className="tag-row">
        <Tag fill="outline">{TRACK_LABELS[entry.track] ?? entry.track}</Tag>
        {entry.kind === 'REVERSAL' && <Tag color="danger">冲正（撤销一条记录）</Tag>}
        {entry.reversed && <Tag color="warning">此条已被冲正，不再计分</Tag>}
        {quarter !== null && (entry.inQuarter ? <Tag color="primary">本季度</Tag> : <Tag>往季度累计</Tag>)}
      </div>
      <dl className="facts">
        <dt>发生日期</dt>
        <dd>{formatDate(entry.actedOn)}</dd>
        {entry.quantity !== null && (
          <>
            <dt>数量</dt>
            <dd>{formatPoints(entry.quantity)}</dd>
          </>
        )}
        {entry.repeatMultiplier !== 1 && (
          <>
            <dt>重复倍数</dt>
            <dd>× {formatPoints(entry.repeatMultiplier)}</dd>
          </>
        )}
        <dt>申报人</dt>
        <dd>{entry.declarantName ?? '—'}</dd>
        <dt>{entry.kind === 'REVERSAL' ? '经办人' : '审核人'}</dt>
        <dd>{entry.reviewerName ?? '—'}</dd>
        {entry.ruleNote && (
          <>
            <dt>计分依据</dt>
            <dd>{entry.ruleNote}</dd>
          </>
        )}
        {entry.reason && (
          <>
            <dt>理由</dt>
            <dd>{entry.reason}</dd>
          </>
        )}
        <dt>佐证材料</dt>
        <dd>
          {entry.evidence.length === 0
            ? '无'
            : entry.evidence.map((f) => `${f.fileName}（${sizeText(f.sizeBytes)}）`).join('、')}
        </dd>
        <dt>有效期至</dt>
        <dd>{entry.expiresOn ? formatDate(entry.expiresOn) : '长期有效'}</dd>
      </dl>
    </Card>
  );
}

export function ScoreEntryList({ entries, quarter }: { entries: Entry[]; quarter: number | null }) {
  // Newest first: what a resident looks for is what just happened.
  const { visible, more } = useShowMore([...entries].reverse());
  if (entries.length === 0)
    return <EmptyState title="这段时间还没有加减分记录" description="申报的事项审核通过后会记在这里" />;
  return (
    <>
      {visible.map((e) => (
        <ScoreEntryCard key={e.id} entry={e} quarter={quarter} />
      ))}
      {more}
    </>
  );
}
