import { Button, Input, Modal, Select, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDate, formatDateTime, useSession } from '@village/web';
import { QueryView } from '../../components/query-view';
import {
  ApproveRefundDocument,
  CancelRedemptionDocument,
  REDEMPTION_STATUS,
  RequestRefundDocument,
  ShopRedemptionsDocument,
  newClientKey,
  type AdminRedemption,
} from './incentives-documents';

/** A shop's redemptions: cancel before pickup, ask for a refund after it, a second cadre approves. */
export function RedemptionsTable({ shopId }: { shopId: string }) {
  const { can } = useSession();
  const [status, setStatus] = useState<string | undefined>();
  const [result, refetch] = useQuery({
    query: ShopRedemptionsDocument,
    variables: { shopId, status: (status ?? null) as never },
    requestPolicy: 'cache-and-network',
  });
  const [, cancel] = useMutation(CancelRedemptionDocument);
  const [, requestRefund] = useMutation(RequestRefundDocument);
  const [, approveRefund] = useMutation(ApproveRefundDocument);
  const [reasonFor, setReasonFor] = useState<{ r: AdminRedemption; kind: 'cancel' | 'refund' } | null>(null);
  const [reason, setReason] = useState('');

  async function done(res: { error?: unknown }, ok: string) {
    if (res.error) message.error(apiErrorMessage(res.error as never) ?? '操作失败');
    else message.success(ok);
    refetch({ requestPolicy: 'network-only' });
  }

  async function submitReason() {
    if (!reasonFor) return;
    const { r, kind } = reasonFor;
    const input = { clientKey: newClientKey(), redemptionId: r.id, reason: reason.trim() };
    if (kind === 'refund' && !input.reason) return message.error('请写明退回原因');
    setReasonFor(null);
    if (kind === 'cancel')
      await done(await cancel({ input: { ...input, reason: input.reason || null } }), '已取消');
    else await done(await requestRefund({ input }), '已申请退回，待另一名干部复核');
  }

  return (
    <>
      <Select
        allowClear
        placeholder="全部状态"
        style={{ width: 160, marginBottom: 12 }}
        value={status}
        onChange={setStatus}
        options={Object.entries(REDEMPTION_STATUS).map(([value, s]) => ({ value, label: s.text }))}
      />
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            size="small"
            dataSource={data.shopRedemptions}
            locale={{ emptyText: '暂无兑换单' }}
            columns={[
              { title: '取货码', dataIndex: 'pickupCode' },
              { title: '商品', render: (_, r) => `${r.goodsName} × ${r.quantity}` },
              { title: '积分', dataIndex: 'points' },
              { title: '预约时间', dataIndex: 'createdAt', render: formatDateTime },
              { title: '最迟领取', dataIndex: 'pickupBy', render: formatDate },
              {
                title: '状态',
                render: (_, r) => (
                  <Space size={4} wrap>
                    <Tag color={REDEMPTION_STATUS[r.status]?.color}>
                      {REDEMPTION_STATUS[r.status]?.text ?? r.status}
                    </Tag>
                    {r.onBehalf && <Tag>代为兑换：{r.residentConfirmation}</Tag>}
                    {r.refundRequested && <Tag color="orange">待复核退回：{r.refundReason}</Tag>}
                  </Space>
                ),
              },
              {
                title: '操作',
                render: (_, r) => (
                  <Space>
                    {r.status === 'RESERVED' && can('REDEMPTION_COUNTER') && (
                      <Button
                        size="small"
                        onClick={() => (setReason(''), setReasonFor({ r, kind: 'cancel' }))}
                      >
                        取消
                      </Button>
                    )}
                    {r.status === 'PICKED_UP' && !r.refundRequested && can('REDEMPTION_COUNTER') && (
                      <Button
                        size="small"
                        onClick={() => (setReason(''), setReasonFor({ r, kind: 'refund' }))}
                      >
                        申请退回
                      </Button>
                    )}
                    {r.refundRequested && can('REDEMPTION_REFUND_APPROVE') && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() =>
                          Modal.confirm({
                            title: `复核退回：${r.goodsName}`,
                            content: `原因：${r.refundReason ?? ''}。积分、库存与限兑数量将退回。`,
                            okText: '同意退回',
                            cancelText: '取消',
                            onOk: async () =>
                              done(
                                await approveRefund({
                                  input: { clientKey: newClientKey(), redemptionId: r.id },
                                }),
                                '已退回',
                              ),
                          })
                        }
                      >
                        复核退回
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <Modal
        open={Boolean(reasonFor)}
        title={reasonFor?.kind === 'refund' ? '申请退回（领取后）' : '取消兑换（领取前）'}
        okText="确定"
        cancelText="返回"
        onOk={() => void submitReason()}
        onCancel={() => setReasonFor(null)}
      >
        <Input.TextArea
          aria-label="原因"
          rows={3}
          placeholder={reasonFor?.kind === 'refund' ? '退回原因（必填）' : '取消原因（选填）'}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
