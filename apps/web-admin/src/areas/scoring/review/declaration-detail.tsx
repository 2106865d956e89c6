import { Descriptions, Tag, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime, formatPoints } from '@village/web';
import type { ResultOf } from '@village/web';
import type { ScoringReviewQueueDocument } from './review-documents';
import {
  CHANNEL_LABELS,
  DECLARATION_EVENT_LABELS,
  DECLARATION_STATUS_COLOURS,
  DECLARATION_STATUS_LABELS,
  describePointsRule,
} from '../scoring-labels';
import { EvidenceThumbnails } from './evidence-thumbnails';

export type QueueDeclaration = ResultOf<typeof ScoringReviewQueueDocument>['declarations']['items'][number];

/** Everything a reviewer weighs: who, what, when, how much asked, the note, the evidence, the history. */
export function DeclarationDetail({
  declaration: d,
  onPreviewChange,
}: {
  declaration: QueueDeclaration;
  onPreviewChange(open: boolean): void;
}) {
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="村民">{d.residentName ?? d.residentId}</Descriptions.Item>
        <Descriptions.Item label="事项">
          {d.item ? `${d.item.code} ${d.item.name}` : d.itemCode}
          {d.item && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {describePointsRule(d.item)}
              {d.item.evidenceRequired ? '，须佐证' : ''}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="发生日期">{formatDate(d.actedOn)}</Descriptions.Item>
        {d.quantity !== null && (
          <Descriptions.Item label="数量">
            {formatPoints(d.quantity)} {d.item?.unitLabel ?? ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="申报分值">
          {d.pointsAsked === null ? '—' : `${formatPoints(d.pointsAsked)} 分`}
        </Descriptions.Item>
        <Descriptions.Item label="说明">{d.note || '（无）'}</Descriptions.Item>
        <Descriptions.Item label="来源">
          {CHANNEL_LABELS[d.channel] ?? d.channel} · {formatDateTime(d.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={DECLARATION_STATUS_COLOURS[d.status]}>
            {DECLARATION_STATUS_LABELS[d.status] ?? d.status}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="佐证材料">
          <EvidenceThumbnails files={d.evidence} onPreviewChange={onPreviewChange} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        处理记录
      </Typography.Title>
      <Timeline
        items={d.history.map((h) => ({
          children: (
            <>
              <strong>{DECLARATION_EVENT_LABELS[h.kind] ?? h.kind}</strong> · {formatDateTime(h.at)}
              {h.byName ? ` · ${h.byName}` : ''}
              {h.points !== null && ` · 记 ${formatPoints(h.points)} 分`}
              {h.amendedItemCode && ` · 改为 ${h.amendedItemCode}`}
              {h.amendedQuantity !== null && ` · 数量改为 ${formatPoints(h.amendedQuantity)}`}
              {h.reason && <div>理由：{h.reason}</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
