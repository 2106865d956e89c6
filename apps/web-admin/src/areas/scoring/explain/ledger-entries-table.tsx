import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, formatPointsChange, useSession } from '@village/web';
import type { ResultOf } from '@village/web';
import { applyApiError } from '../../../components/api-form';
import { usePaging } from '../../../components/paging';
import { QueryView } from '../../../components/query-view';
import { ENTRY_KIND_LABELS, TRACK_LABELS } from '../scoring-labels';
import { ScoringLedgerEntriesDocument, ScoringProposeCorrectionDocument } from './resident-score-documents';

type LedgerRow = ResultOf<typeof ScoringLedgerEntriesDocument>['ledgerEntries']['items'][number];

/** Proposing a correction of one entry: a second reviewer confirms it (four eyes) on 台账更正. */
function ProposeCorrectionDialog({ entry, onClose }: { entry: LedgerRow; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: 'REVERSAL' | 'ADJUSTMENT'; points?: number; reason: string }>();
  const kind = Form.useWatch('kind', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, propose] = useMutation(ScoringProposeCorrectionDocument);
  return (
    <Modal
      open
      title={`提出更正：${entry.itemCode} ${entry.itemName}`}
      okText="提出更正"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={sending.fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'REVERSAL' }}
        onFinish={async (v) => {
          const result = await propose({
            input: {
              entryId: entry.id,
              kind: v.kind,
              reason: v.reason.trim(),
              points: v.kind === 'ADJUSTMENT' ? v.points : null,
            },
          });
          if (result.error) setFailure(applyApiError(form, result.error));
          else {
            message.success('已提出更正，待另一名审核人员确认');
            onClose();
          }
        }}
      >
        <Form.Item name="kind" label="更正方式">
          <Radio.Group>
            <Radio value="REVERSAL">冲正（撤销该记录）</Radio>
            <Radio value="ADJUSTMENT">更正（补记差额）</Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'ADJUSTMENT' && (
          <Form.Item
            name="points"
            label="补记分值（正为补加，负为扣减）"
            rules={[{ required: true, message: '请填写补记分值' }]}
          >
            <InputNumber step={0.5} suffix="分" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label="更正理由"
          rules={[{ required: true, whitespace: true, message: '请写明更正理由' }]}
        >
          <Input.TextArea rows={3} maxLength={450} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The resident's ledger, newest first, paged; a reviewer may propose a correction of an entry. */
export function LedgerEntriesTable({ residentId }: { residentId: string; residentName: string }) {
  const { can } = useSession();
  const paging = usePaging(20);
  const [result, refetch] = useQuery({
    query: ScoringLedgerEntriesDocument,
    variables: { residentId, ...paging.variables },
  });
  const [correcting, setCorrecting] = useState<LedgerRow | null>(null);
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(d) => (
        <>
          <Table<LedgerRow>
            size="small"
            rowKey="id"
            dataSource={d.ledgerEntries.items}
            pagination={paging.pagination(d.ledgerEntries.total)}
            locale={{ emptyText: '没有台账记录' }}
            columns={[
              { title: '序号', dataIndex: 'seq', width: 70 },
              { title: '日期', render: (_, e) => formatDate(e.actedOn) },
              { title: '事项', render: (_, e) => `${e.itemCode} ${e.itemName}` },
              { title: '类型', render: (_, e) => <Tag>{ENTRY_KIND_LABELS[e.kind] ?? e.kind}</Tag> },
              { title: '积分类型', render: (_, e) => TRACK_LABELS[e.track] },
              { title: '分值', align: 'right', render: (_, e) => formatPointsChange(e.points) },
              { title: '记入时间', render: (_, e) => formatDateTime(e.createdAt) },
              { title: '到期日', render: (_, e) => formatDate(e.expiresOn) },
              { title: '理由', render: (_, e) => e.reason ?? '' },
              ...(can('DECLARATION_REVIEW')
                ? [
                    {
                      title: '操作',
                      render: (_: unknown, e: LedgerRow) =>
                        e.kind === 'NORMAL' && (
                          <Button size="small" onClick={() => setCorrecting(e)}>
                            提出更正
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          {correcting && <ProposeCorrectionDialog entry={correcting} onClose={() => setCorrecting(null)} />}
        </>
      )}
    </QueryView>
  );
}
