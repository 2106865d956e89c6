import { Card } from 'antd-mobile';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import { graphql, type DocumentType } from '@village/web/graphql';
import { OBJECTION_STATUS } from '../app/labels';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';
import { useShowMore } from '../components/show-more';
import { PublicNoticeDocument } from './notice-documents';

const MyObjectionsDocument = graphql(`
  query VillagerMyObjections {
    myObjections {
      id
      reason
      raisedOn
      answerDueOn
      answer
      answeredOn
      answeredLate
      overdue
      status
      periodId
      tallyLineId
    }
  }
`);

type Objection = DocumentType<typeof MyObjectionsDocument>['myObjections'][number];

/** Which period and whose line: read from the notice the objection was raised on (cached per period). */
function ObjectedLine({ periodId, tallyLineId }: { periodId: string; tallyLineId: string }) {
  const [result] = useQuery({ query: PublicNoticeDocument, variables: { periodId } });
  const notice = result.data?.publicNotice;
  if (!notice) return <span className="muted">{result.error ? '公示行' : '…'}</span>;
  const line = notice.tally.lines?.find((l) => l.id === tallyLineId);
  return (
    <span>
      {notice.periodLabel}公示{line ? `，${line.residentName}（第 ${line.rank} 名）` : '（已更正并重新公示）'}
    </span>
  );
}

function ObjectionCard({ o }: { o: Objection }) {
  return (
    <Card className="card-gap">
      <div className="row">
        <ObjectedLine periodId={o.periodId} tallyLineId={o.tallyLineId} />
        <StatusTag status={OBJECTION_STATUS[o.status]} />
      </div>
      <dl className="facts">
        <dt>提出日期</dt>
        <dd>{formatDate(o.raisedOn)}</dd>
        <dt>我的理由</dt>
        <dd>{o.reason}</dd>
        {o.answer ? (
          <>
            <dt>答复</dt>
            <dd>
              {o.answer}
              <span className="muted">
                （{formatDate(o.answeredOn)}
                {o.answeredLate ? '，晚于答复期限' : ''}）
              </span>
            </dd>
          </>
        ) : (
          <>
            <dt>答复期限</dt>
            <dd>
              {formatDate(o.answerDueOn)}
              {o.overdue ? '（已超期，尚未答复）' : '前答复'}
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

export default function MyObjectionsPage() {
  const [result, refetch] = useQuery({ query: MyObjectionsDocument });
  const list = [...(result.data?.myObjections ?? [])].sort((a, b) => (a.raisedOn < b.raisedOn ? 1 : -1));
  const { visible, more } = useShowMore(list);
  return (
    <>
      <PageHeader title="我的异议" back="/notice" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(data) => data.myObjections.length === 0}
        empty={
          <EmptyState title="还没有提出过异议" description="在公示期内，可以对公示中的任何一行提出异议" />
        }
      >
        {() => (
          <>
            {visible.map((o) => (
              <ObjectionCard key={o.id} o={o} />
            ))}
            {more}
          </>
        )}
      </QueryState>
    </>
  );
}
