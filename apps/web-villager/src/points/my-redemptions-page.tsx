import { Button, Card, Dialog, Toast } from 'antd-mobile';
import { useQuery, useMutation } from 'urql';
import { apiErrorMessage, formatDate, formatDateTime } from '@village/web';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';
import { newClientKey } from './client-key';
import { PickupCode } from './pickup-code';
import {
  CancelMyRedemptionDocument,
  MyRedemptionsDocument,
  REDEMPTION_STATUS,
  type VillagerRedemption,
} from './points-documents';

function RedemptionCard({ r, onCancel }: { r: VillagerRedemption; onCancel: () => void }) {
  if (r.status === 'RESERVED') {
    return (
      <>
        <PickupCode r={r} />
        <Button block className="tap card-gap" color="danger" fill="outline" size="large" onClick={onCancel}>
          取消兑换（积分退回）
        </Button>
      </>
    );
  }
  return (
    <Card className="card-gap">
      <div className="row">
        <strong>
          {r.goodsName} × {r.quantity}
        </strong>
        <StatusTag status={REDEMPTION_STATUS[r.status]} />
      </div>
      <dl className="facts">
        <dt>积分</dt>
        <dd>{r.points} 分</dd>
        <dt>预约时间</dt>
        <dd>
          {formatDateTime(r.createdAt)}
          {r.onBehalf ? '（店员代为兑换）' : ''}
        </dd>
        <dt>取货码</dt>
        <dd>{r.pickupCode}</dd>
        <dt>最迟领取</dt>
        <dd>{formatDate(r.pickupBy)}</dd>
        {r.refundRequested && (
          <>
            <dt>退回</dt>
            <dd>已申请退回，等待复核</dd>
          </>
        )}
      </dl>
    </Card>
  );
}

/** 我的兑换: pickup codes and what became of each redemption; one not yet picked up may be cancelled. */
export default function MyRedemptionsPage() {
  const [result, refetch] = useQuery({ query: MyRedemptionsDocument, requestPolicy: 'cache-and-network' });
  const [, cancel] = useMutation(CancelMyRedemptionDocument);

  async function cancelOne(r: VillagerRedemption) {
    const ok = await Dialog.confirm({
      content: `确定取消兑换“${r.goodsName}”吗？积分会退回。`,
      confirmText: '取消兑换',
      cancelText: '不取消',
    });
    if (!ok) return;
    const key = newClientKey();
    const res = await cancel({ input: { clientKey: key, redemptionId: r.id } });
    if (res.error) Toast.show({ content: apiErrorMessage(res.error) ?? '没有取消成功，请再试' });
    else Toast.show({ content: '已取消，积分已退回' });
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <PageHeader title="我的兑换" back="/me" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.myRedemptions.length === 0}
        empty={<EmptyState title="还没有兑换" description="可以在“积分兑换”里用积分兑换物品" />}
      >
        {(d) => (
          <>
            {d.myRedemptions.map((r) => (
              <RedemptionCard key={r.id} r={r} onCancel={() => void cancelOne(r)} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
