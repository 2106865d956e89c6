import { Button, Card, Stepper } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatPoints } from '@village/web';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { newClientKey } from './client-key';
import { PickupCode } from './pickup-code';
import {
  MyShopsDocument,
  ReserveRedemptionDocument,
  type GoodsOffer,
  type VillagerRedemption,
} from './points-documents';

/** One attempt at redeeming a good: its key is made once and sent again on every retry. */
interface Attempt {
  goods: GoodsOffer['goods'];
  shopName: string;
  key: string;
  quantity: number;
  sent: boolean;
}

function stockText(g: GoodsOffer['goods']): string {
  if (g.unlimited) return g.isService ? '服务不限量' : '不限量';
  return `库存 ${g.stock}`;
}

/** 积分兑换: the shops serving me, what each good costs and whether I can redeem it now. */
export default function RedeemPage() {
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: MyShopsDocument, requestPolicy: 'cache-and-network' });
  const [state, reserve] = useMutation(ReserveRedemptionDocument);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ r: VillagerRedemption; shopName: string } | null>(null);

  async function send(a: Attempt) {
    setAttempt({ ...a, sent: true });
    setError(null);
    const res = await reserve({ input: { clientKey: a.key, goodsId: a.goods.id, quantity: a.quantity } });
    if (res.error || !res.data) {
      setError(apiErrorMessage(res.error) ?? '网络不好，没有收到回复，请点“重试”（不会重复扣分）');
      return;
    }
    setDone({ r: res.data.reserveRedemption, shopName: a.shopName });
    setAttempt(null);
    refetch({ requestPolicy: 'network-only' });
  }

  if (done) {
    return (
      <>
        <PageHeader title="兑换成功" back="/me" />
        <PickupCode r={done.r} shopName={done.shopName} />
        <div className="tap-row">
          <Button block className="tap" color="primary" size="large" onClick={() => navigate('/redemptions')}>
            查看我的兑换
          </Button>
          <Button block className="tap" fill="outline" size="large" onClick={() => setDone(null)}>
            继续兑换
          </Button>
        </div>
      </>
    );
  }

  if (attempt) {
    const g = attempt.goods;
    return (
      <>
        <PageHeader title="确认兑换" back="/redeem" />
        <Card className="card-gap" title={g.name}>
          <dl className="facts">
            <dt>兑换点</dt>
            <dd>{attempt.shopName}</dd>
            <dt>每件</dt>
            <dd>{formatPoints(g.pricePoints)} 分</dd>
            <dt>数量</dt>
            <dd>
              <Stepper
                min={1}
                max={g.unlimited ? 99 : Math.max(1, g.stock)}
                value={attempt.quantity}
                disabled={attempt.sent}
                onChange={(quantity) => setAttempt({ ...attempt, quantity, key: newClientKey() })}
                style={{ '--height': '44px', '--input-width': '56px' }}
              />
            </dd>
            <dt>共需</dt>
            <dd>
              <strong>{formatPoints(g.pricePoints * attempt.quantity)} 分</strong>
            </dd>
            <dt>领取</dt>
            <dd>预约后 {g.pickupDays} 天内凭取货码到柜台领取</dd>
          </dl>
        </Card>
        {error && (
          <p role="alert" className="form-error" style={{ color: 'var(--adm-color-danger)' }}>
            {error}
          </p>
        )}
        <div className="tap-row">
          <Button
            block
            className="tap"
            color="primary"
            size="large"
            loading={state.fetching}
            onClick={() => void send(attempt)}
          >
            {attempt.sent ? '重试' : '确认兑换'}
          </Button>
          <Button
            block
            className="tap"
            fill="outline"
            size="large"
            disabled={state.fetching}
            onClick={() => {
              setAttempt(null);
              setError(null);
            }}
          >
            返回
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title="积分兑换" back="/me" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到兑换点"
        isEmpty={(d) => d.myShops.shops.length === 0}
        empty={<EmptyState title="还没有为您服务的兑换点" description="村里开设信用超市后会显示在这里" />}
      >
        {({ myShops }) => (
          <>
            <p style={{ fontSize: '1.15rem' }}>
              可用积分：<strong data-testid="redeem-balance">{formatPoints(myShops.balance)}</strong> 分
            </p>
            {myShops.shops.map(({ shop, offers }) => (
              <Card
                key={shop.id}
                className="card-gap"
                title={`${shop.name}${shop.townShop ? '（镇）' : ''}`}
                extra={<span className="muted">{shop.openingHours ?? ''}</span>}
              >
                {shop.address && <p className="muted">地址：{shop.address}</p>}
                {offers.length === 0 && <p className="muted">暂无商品</p>}
                {offers.map((o) => (
                  <div
                    key={o.goods.id}
                    className="row"
                    style={{ padding: '10px 0', borderTop: '1px solid #eee' }}
                  >
                    <div>
                      <strong style={{ fontSize: '1.1rem' }}>{o.goods.name}</strong>
                      <div>
                        {formatPoints(o.goods.pricePoints)} 分 · {stockText(o.goods)}
                      </div>
                      {o.goods.description && <div className="muted">{o.goods.description}</div>}
                      {!o.canRedeem && <div style={{ color: 'var(--adm-color-danger)' }}>{o.whyNot}</div>}
                    </div>
                    {o.canRedeem && (
                      <Button
                        className="tap"
                        color="primary"
                        size="large"
                        aria-label={`兑换 ${o.goods.name}`}
                        onClick={() =>
                          setAttempt({
                            goods: o.goods,
                            shopName: shop.name,
                            key: newClientKey(),
                            quantity: 1,
                            sent: false,
                          })
                        }
                      >
                        兑换
                      </Button>
                    )}
                  </div>
                ))}
              </Card>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
