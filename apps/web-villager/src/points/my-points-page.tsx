import { Card, List } from 'antd-mobile';
import { useQuery } from 'urql';
import { formatDate, formatPoints, formatPointsChange } from '@village/web';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { MOVEMENT_KIND, MyPointsDocument } from './points-documents';

/** 我的积分: the redeemable balance, each lot with its last day, and every movement. */
export default function MyPointsPage() {
  const [result, refetch] = useQuery({ query: MyPointsDocument, requestPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title="我的可兑换积分" back="/me" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到可兑换积分"
      >
        {({ myPoints: p }) => (
          <>
            <Card className="card-gap">
              <div style={{ textAlign: 'center' }}>
                <div className="muted">现在可用</div>
                <div style={{ fontSize: '2.6rem', fontWeight: 700 }} data-testid="points-balance">
                  {formatPoints(p.balance)}
                </div>
                <div className="muted">分（季度积分定案后自动入账，可到兑换点兑换物品）</div>
              </div>
            </Card>
            <List header="各批次积分及到期日（先到期的先用）">
              {p.lots.length === 0 && <List.Item>还没有入账的可兑换积分</List.Item>}
              {p.lots.map((l) => (
                <List.Item
                  key={l.id}
                  description={`${formatDate(l.earnedOn)} 入账 ${formatPoints(l.amount)} 分`}
                  extra={`剩 ${formatPoints(l.remaining)} 分`}
                >
                  {l.expiresOn ? `到期日 ${formatDate(l.expiresOn)}` : '长期有效'}
                </List.Item>
              ))}
            </List>
            <List header="积分流水">
              {p.movements.length === 0 ? (
                <EmptyState title="还没有流水" />
              ) : (
                p.movements.map((m) => (
                  <List.Item
                    key={m.id}
                    description={`${formatDate(m.occurredOn)}${m.reason ? `，${m.reason}` : ''}`}
                    extra={<strong>{formatPointsChange(m.points)}</strong>}
                  >
                    {MOVEMENT_KIND[m.kind] ?? m.kind}
                  </List.Item>
                ))
              )}
            </List>
          </>
        )}
      </QueryState>
    </>
  );
}
