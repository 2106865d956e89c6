import { Card } from 'antd-mobile';
import { useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { MyHonoursDocument } from './results-documents';

/** 我的荣誉: each honour the town has published for me, by year, with what I was recommended for. */
export default function MyHonoursPage() {
  const [result, refetch] = useQuery({ query: MyHonoursDocument, requestPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title="我的荣誉" back="/me" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到荣誉"
        isEmpty={(d) => d.myHonours.length === 0}
        empty={
          <EmptyState
            title="还没有获得荣誉"
            description="年度总评后，村里推荐、镇里审批并公布的荣誉会显示在这里"
          />
        }
      >
        {(d) =>
          d.myHonours.map((h) => (
            <Card key={h.id} className="card-gap">
              <div className="row">
                <strong style={{ fontSize: '1.3rem', color: 'var(--village-red)' }}>{h.honourName}</strong>
                <span className="muted">{h.year} 年度</span>
              </div>
              <dl className="facts">
                <dt>推荐理由</dt>
                <dd>{h.reason}</dd>
              </dl>
            </Card>
          ))
        }
      </QueryState>
    </>
  );
}
