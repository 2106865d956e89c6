import { Button, Card, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDateTime } from '@village/web';
import { graphql, type DocumentType } from '@village/web/graphql';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';

const PAGE = 20;

const InboxDocument = graphql(`
  query VillagerInbox($limit: Int!, $offset: Int!) {
    myNotifications(limit: $limit, offset: $offset) {
      total
      unreadCount
      items {
        id
        kind
        kindLabel
        title
        body
        createdAt
        read
        link {
          entityType
          id
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation VillagerMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      read
      readAt
    }
  }
`);

const MarkAllReadDocument = graphql(`
  mutation VillagerMarkAllRead {
    markAllNotificationsRead
  }
`);

type Notification = DocumentType<typeof InboxDocument>['myNotifications']['items'][number];

/** Where a message leads on the phone. */
const LINKS: Record<string, string> = {
  DECLARATION: '/declarations',
  OBJECTION: '/objections',
  PUBLIC_NOTICE: '/notice',
  SCORE_TALLY_LINE: '/notice',
  LEDGER_CORRECTION: '/',
};

function MessageCard({ n, onOpen }: { n: Notification; onOpen: (n: Notification) => void }) {
  const target = n.link ? LINKS[n.link.entityType] : undefined;
  return (
    <Card className="card-gap" aria-label={`${n.read ? '已读' : '未读'}：${n.title}`}>
      <div className="row">
        <strong className={n.read ? undefined : 'unread-dot'}>
          {n.read ? '' : '● 未读 '}
          {n.title}
        </strong>
        <span className="muted">{n.kindLabel}</span>
      </div>
      <p style={{ whiteSpace: 'pre-wrap' }}>{n.body}</p>
      <div className="row">
        <span className="muted">{formatDateTime(n.createdAt)}</span>
        {(target || !n.read) && (
          <Button size="small" fill="outline" onClick={() => onOpen(n)}>
            {target ? '查看' : '标为已读'}
          </Button>
        )}
      </div>
    </Card>
  );
}

function InboxPage({
  offset,
  last,
  onMore,
  onOpen,
}: {
  offset: number;
  last: boolean;
  onMore: () => void;
  onOpen: (n: Notification) => void;
}) {
  const [result, refetch] = useQuery({ query: InboxDocument, variables: { limit: PAGE, offset } });
  return (
    <QueryState
      result={result}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      isEmpty={(d) => offset === 0 && d.myNotifications.total === 0}
      empty={<EmptyState title="没有消息" description="申报审核结果、公示和异议答复会发到这里" />}
    >
      {(d) => (
        <>
          {offset === 0 && (
            <p className="muted">
              共 {d.myNotifications.total} 条，未读 {d.myNotifications.unreadCount} 条
            </p>
          )}
          {d.myNotifications.items.map((n) => (
            <MessageCard key={n.id} n={n} onOpen={onOpen} />
          ))}
          {last && offset + PAGE < d.myNotifications.total && (
            <Button block className="tap" fill="outline" onClick={onMore}>
              显示更多
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}

export default function InboxScreen() {
  const navigate = useNavigate();
  const [pages, setPages] = useState(1);
  const [, markRead] = useMutation(MarkReadDocument);
  const [all, markAll] = useMutation(MarkAllReadDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function open(n: Notification) {
    if (!n.read) {
      const result = await markRead({ ids: [n.id] });
      if (result.error) setProblem(apiErrorMessage(result.error));
    }
    const target = n.link ? LINKS[n.link.entityType] : undefined;
    if (target) navigate(target);
  }

  async function readAll() {
    setProblem(null);
    // The counts and dots on the list come back from the server, not from a local guess.
    const result = await markAll({}, { additionalTypenames: ['Notification', 'NotificationPage'] });
    if (result.error) setProblem(apiErrorMessage(result.error));
  }

  return (
    <>
      <PageHeader
        title="我的消息"
        right={
          <Button size="small" loading={all.fetching} onClick={() => void readAll()}>
            全部标为已读
          </Button>
        }
      />
      {problem && (
        <div role="alert" style={{ marginBottom: 8 }}>
          <NoticeBar content={problem} color="error" wrap />
        </div>
      )}
      {Array.from({ length: pages }, (_, i) => (
        <InboxPage
          key={i}
          offset={i * PAGE}
          last={i === pages - 1}
          onMore={() => setPages((p) => p + 1)}
          onOpen={(n) => void open(n)}
        />
      ))}
    </>
  );
}
