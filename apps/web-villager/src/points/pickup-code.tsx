import { Card } from 'antd-mobile';
import { formatDate } from '@village/web';
import type { VillagerRedemption } from './points-documents';

/** The pickup code, big enough to read out or show across the counter. */
export function PickupCode({ r, shopName }: { r: VillagerRedemption; shopName?: string }) {
  return (
    <Card className="card-gap" style={{ textAlign: 'center' }}>
      <div className="muted">取货码（到{shopName ?? '兑换点'}柜台出示）</div>
      <div
        data-testid="pickup-code"
        aria-label={`取货码 ${r.pickupCode.split('').join(' ')}`}
        style={{ fontSize: '3rem', fontWeight: 700, letterSpacing: '0.3em', fontFamily: 'monospace' }}
      >
        {r.pickupCode}
      </div>
      <div>
        {r.goodsName} × {r.quantity}，用 {r.points} 分
      </div>
      <div className="muted">请在 {formatDate(r.pickupBy)} 前领取，逾期积分自动退回</div>
    </Card>
  );
}
