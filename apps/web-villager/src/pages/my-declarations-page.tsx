import { Button, Card } from 'antd-mobile';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, formatPoints, formatPointsChange } from '@village/web';
import { graphql, type DocumentType } from '@village/web/graphql';
import { DECLARATION_STATUS } from '../app/labels';
import { EvidenceThumb } from '../components/evidence-thumb';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';
import { ScreenShortcut } from '../components/village-screen';

const PAGE = 20;

const MyDeclarationsDocument = graphql(`
  query VillagerMyDeclarations($limit: Int!, $offset: Int!) {
    myDeclarations(limit: $limit, offset: $offset) {
      total
      items {
        ...DeclarationFields
      }
    }
  }
`);

type Declaration = DocumentType<typeof MyDeclarationsDocument>['myDeclarations']['items'][number];

/** What became of a declaration, in words: the decision, the points and the reviewer's reason. */
function Outcome({ d }: { d: Declaration }) {
  const decided = [...d.history].reverse().find((e) => e.kind !== 'SUBMITTED');
  if (!decided) return <p className="muted">等待村信用议事会审核</p>;
  return (
    <p>
      {formatDateTime(decided.at)} {decided.byName ?? '审核人'}
      {decided.kind === 'REJECTED' && '驳回了申报'}
      {decided.kind === 'APPROVED' && '审核通过'}
      {decided.kind === 'AMENDED' && '修正后通过'}
      {decided.points !== null && `，记 ${formatPointsChange(decided.points)} 分`}
      {decided.amendedItemCode && `，事项改为 ${decided.amendedItemCode}`}
      {decided.amendedQuantity !== null && `，数量改为 ${formatPoints(decided.amendedQuantity)}`}
      {decided.reason && (
        <>
          <br />
          <strong>{decided.kind === 'REJECTED' ? '驳回理由：' : '理由：'}</strong>
          {decided.reason}
        </>
      )}
    </p>
  );
}

function DeclarationCard({ d }: { d: Declaration }) {
  return (
    <Card className="card-gap">
      <div className="row">
        <strong>
          {d.item?.name ?? d.itemCode}
          <span className="muted">（{d.itemCode}）</span>
        </strong>
        <StatusTag status={DECLARATION_STATUS[d.status]} />
      </div>
      <dl className="facts">
        <dt>发生日期</dt>
        <dd>{formatDate(d.actedOn)}</dd>
        {d.quantity !== null && (
          <>
            <dt>数量</dt>
            <dd>
              {formatPoints(d.quantity)} {d.item?.unitLabel ?? ''}
            </dd>
          </>
        )}
        <dt>申报分值</dt>
        <dd>{d.pointsAsked !== null ? `${formatPointsChange(d.pointsAsked)} 分` : '由审核人确定'}</dd>
        <dt>提交时间</dt>
        <dd>
          {formatDateTime(d.createdAt)}
          {d.channel === 'REGISTERED' ? '（村干部代为登记）' : ''}
        </dd>
        {d.note && (
          <>
            <dt>说明</dt>
            <dd>{d.note}</dd>
          </>
        )}
      </dl>
      {d.evidence.length > 0 && (
        <div className="tap-row" style={{ marginTop: 8 }}>
          {d.evidence.map((f) => (
            <EvidenceThumb key={f.id} {...f} />
          ))}
        </div>
      )}
      <Outcome d={d} />
    </Card>
  );
}

/** One page of the list; the last page offers the next one. */
function DeclarationsPage({ offset, last, onMore }: { offset: number; last: boolean; onMore: () => void }) {
  const [result, refetch] = useQuery({
    query: MyDeclarationsDocument,
    variables: { limit: PAGE, offset },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QueryState
      result={result}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      isEmpty={(data) => offset === 0 && data.myDeclarations.total === 0}
      empty={<EmptyState title="还没有申报" description="做了好事，可以在“申报”里申报积分" />}
    >
      {(data) => (
        <>
          {data.myDeclarations.items.map((d) => (
            <DeclarationCard key={d.id} d={d} />
          ))}
          {last && offset + PAGE < data.myDeclarations.total && (
            <Button block className="tap" fill="outline" onClick={onMore}>
              显示更多（共 {data.myDeclarations.total} 条）
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}

export default function MyDeclarationsPage() {
  const [pages, setPages] = useState(1);
  return (
    <>
      <PageHeader
        title="我的申报"
        back="/declare"
        right={
          <ScreenShortcut to="/declare" primary>
            申报
          </ScreenShortcut>
        }
      />
      {Array.from({ length: pages }, (_, i) => (
        <DeclarationsPage
          key={i}
          offset={i * PAGE}
          last={i === pages - 1}
          onMore={() => setPages((n) => n + 1)}
        />
      ))}
    </>
  );
}
