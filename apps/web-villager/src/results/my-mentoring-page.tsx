import { Card } from 'antd-mobile';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { MyMentoringVisitsDocument } from './results-documents';

/** 我收到的帮扶: each visit of my mentor, the latest first, with what we agreed to improve. */
export default function MyMentoringPage() {
  const [result, refetch] = useQuery({
    query: MyMentoringVisitsDocument,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="我收到的帮扶" back="/me" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到帮扶记录"
        isEmpty={(d) => d.myMentoringVisits.length === 0}
        empty={<EmptyState title="没有帮扶走访记录" />}
      >
        {(d) => (
          <>
            <p className="muted">党员、村干部一对一上门帮扶，每次走访的情况和商定的改进事项：</p>
            {d.myMentoringVisits.map((v) => (
              <Card key={v.id} className="card-gap" title={`${formatDate(v.visitedOn)} 走访`}>
                <dl className="facts">
                  <dt>走访情况</dt>
                  <dd>{v.note}</dd>
                  <dt>商定改进</dt>
                  <dd>
                    <strong>{v.agreedImprovement}</strong>
                  </dd>
                </dl>
              </Card>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
