import { App, Button, Card, Col, Pagination, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatPoints } from '@village/web';
import type { VariablesOf } from '@village/web';
import { QueryView } from '../../../components/query-view';
import { usePaging } from '../../../components/paging';
import { DECLARATION_STATUS_COLOURS, DECLARATION_STATUS_LABELS } from '../scoring-labels';
import { useVillageScope } from '../village-scope';
import { DeclarationDetail, type QueueDeclaration } from './declaration-detail';
import { ReviewDecisionForm, type ReviewDeclarationInput, type ReviewMode } from './review-decision-form';
import { ScoringReviewDecisionDocument, ScoringReviewQueueDocument } from './review-documents';
import { ReviewShortcutBar } from './review-shortcut-bar';
import { useReviewKeyboard } from './review-keyboard';

const STATUS_FILTERS = [
  { value: 'PENDING', label: '待审核' },
  { value: 'APPROVED', label: '已通过' },
  { value: 'AMENDED', label: '修正后通过' },
  { value: 'REJECTED', label: '已驳回' },
  { value: 'ALL', label: '全部' },
];

const DONE_MESSAGES: Record<ReviewMode, string> = {
  APPROVE: '已通过',
  REJECT: '已驳回',
  AMEND: '已修正并通过',
};

/**
 * The council's review queue: pending declarations first (the default filter), one selected at a
 * time with everything needed to decide, and the whole round doable from the keyboard. After each
 * decision the queue reloads and the same position holds the next pending declaration.
 */
export default function ReviewQueuePage() {
  const { message } = App.useApp();
  const scope = useVillageScope();
  const paging = usePaging(20);
  const [status, setStatus] = useState('PENDING');
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<ReviewMode | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const optionRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [result, refetch] = useQuery({
    query: ScoringReviewQueueDocument,
    variables: {
      villageId: scope.villageId ?? '',
      status: status === 'ALL' ? null : (status as VariablesOf<typeof ScoringReviewQueueDocument>['status']),
      ...paging.variables,
    },
    pause: !scope.villageId,
  });
  const [, review] = useMutation(ScoringReviewDecisionDocument);
  const items = result.data?.declarations.items ?? [];
  const current: QueueDeclaration | undefined = items[Math.min(index, items.length - 1)];
  const decidable = current?.status === 'PENDING';

  // Keep the selection on the list when it shrinks (a decided declaration leaves the pending list).
  useEffect(() => {
    if (items.length > 0 && index > items.length - 1) setIndex(items.length - 1);
  }, [items.length, index]);

  // Without a form open, the selected declaration holds the focus, so a screen reader follows j/k.
  useEffect(() => {
    if (mode === null && !previewOpen) optionRefs.current[Math.min(index, items.length - 1)]?.focus();
  }, [index, mode, previewOpen, items]);

  const startDecision = (next: ReviewMode) => decidable && setMode(next);
  useReviewKeyboard({
    count: items.length,
    index,
    setIndex: (next) => {
      setIndex(next);
      setMode(null);
    },
    onApprove: () => startDecision('APPROVE'),
    onReject: () => startDecision('REJECT'),
    onAmend: () => startDecision('AMEND'),
    onEscape: () => setMode(null),
    disabled: previewOpen,
  });

  const decide = async (input: ReviewDeclarationInput) => {
    const answer = await review({ input });
    if (answer.error) return answer.error;
    message.success(`${current?.residentName ?? ''}的申报${DONE_MESSAGES[input.decision as ReviewMode]}`);
    setMode(null);
    refetch({ requestPolicy: 'network-only' });
    return null;
  };

  return (
    <>
      <Typography.Title level={3}>审核队列</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {scope.picker}
        <Segmented
          aria-label="按状态筛选"
          value={status}
          options={STATUS_FILTERS}
          onChange={(value) => {
            setStatus(String(value));
            setIndex(0);
            setMode(null);
            paging.reset();
          }}
        />
      </Space>
      <ReviewShortcutBar />
      {!scope.villageId ? (
        <Typography.Paragraph>请先选择村。</Typography.Paragraph>
      ) : (
        <QueryView
          result={result}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          isEmpty={(d) => d.declarations.items.length === 0}
          empty={status === 'PENDING' ? '没有待审核的申报，全部处理完了' : '没有符合条件的申报'}
        >
          {(data) => (
            <Row gutter={16}>
              <Col xs={24} lg={9}>
                <div
                  role="listbox"
                  aria-label="申报列表"
                  style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                >
                  {items.map((d, i) => (
                    <button
                      type="button"
                      role="option"
                      aria-selected={i === index}
                      key={d.id}
                      ref={(el) => {
                        optionRefs.current[i] = el;
                      }}
                      tabIndex={i === index ? 0 : -1}
                      onClick={() => {
                        setIndex(i);
                        setMode(null);
                      }}
                      className="review-queue-option"
                      style={{
                        textAlign: 'left',
                        padding: '8px 12px',
                        borderRadius: 6,
                        cursor: 'pointer',
                        border: i === index ? '2px solid #1677ff' : '1px solid #d9d9d9',
                        background: i === index ? '#e6f4ff' : '#fff',
                      }}
                    >
                      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                        <strong>
                          {i === index ? '▶ ' : ''}
                          {d.residentName ?? '—'}
                        </strong>
                        <Tag color={DECLARATION_STATUS_COLOURS[d.status]}>
                          {DECLARATION_STATUS_LABELS[d.status]}
                        </Tag>
                      </Space>
                      <div>
                        {d.item?.name ?? d.itemCode} · {formatDate(d.actedOn)}
                        {d.pointsAsked !== null && ` · 申报 ${formatPoints(d.pointsAsked)} 分`}
                        {d.evidence.length > 0 && ` · 佐证 ${d.evidence.length} 个`}
                      </div>
                    </button>
                  ))}
                </div>
                <Pagination
                  style={{ marginTop: 12 }}
                  size="small"
                  {...paging.pagination(data.declarations.total)}
                />
              </Col>
              <Col xs={24} lg={15}>
                {current && (
                  <Card
                    title={`${current.residentName ?? ''} · ${current.item?.name ?? current.itemCode}`}
                    aria-label="申报详情"
                  >
                    <DeclarationDetail declaration={current} onPreviewChange={setPreviewOpen} />
                    {decidable && mode === null && (
                      <Space style={{ marginTop: 8 }}>
                        <Button type="primary" onClick={() => setMode('APPROVE')}>
                          通过 (A)
                        </Button>
                        <Button danger onClick={() => setMode('REJECT')}>
                          驳回 (R)
                        </Button>
                        <Button onClick={() => setMode('AMEND')}>修正后通过 (M)</Button>
                      </Space>
                    )}
                    {decidable && mode !== null && (
                      <ReviewDecisionForm
                        key={current.id}
                        declaration={current}
                        mode={mode}
                        onModeChange={setMode}
                        onSubmit={decide}
                        onCancel={() => setMode(null)}
                      />
                    )}
                  </Card>
                )}
              </Col>
            </Row>
          )}
        </QueryView>
      )}
    </>
  );
}
