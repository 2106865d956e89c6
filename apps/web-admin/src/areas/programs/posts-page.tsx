import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDate, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { useGridChoices } from '../people/village-choices';
import { VillageScoped } from '../people/village-scope';
import { AssignHolderDialog, CreatePostDialog, EndAssignmentDialog } from './post-dialogs';
import { GridFilter } from '../people/grid-filter';

const PostsDocument = graphql(`
  query ProgramsPosts($villageId: ID!, $gridId: ID, $limit: Int!, $offset: Int!) {
    posts(villageId: $villageId, gridId: $gridId, limit: $limit, offset: $offset) {
      total
      items {
        id
        name
        duties
        gridId
        itemCodes
        holders {
          id
          startDate
          endDate
          resident {
            id
            name
          }
        }
      }
    }
  }
`);
const AssignmentsDocument = graphql(`
  query ProgramsPostAssignments($id: ID!) {
    postAssignments(id: $id) {
      id
      startDate
      endDate
      endReason
      resident {
        id
        name
      }
    }
  }
`);

/** Every term of a post, ended ones included (shown when a row is opened). */
function PostHistory({ postId }: { postId: string }) {
  const [result, refetch] = useQuery({
    query: AssignmentsDocument,
    variables: { id: postId },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.postAssignments}
          locale={{ emptyText: '该岗位尚无任职记录' }}
          columns={[
            { title: '任职村民', render: (_, a) => a.resident.name },
            { title: '任期开始', dataIndex: 'startDate', render: formatDate },
            {
              title: '任期最后一天',
              dataIndex: 'endDate',
              render: (v: string | null) => (v ? formatDate(v) : '未定'),
            },
            { title: '结束原因', dataIndex: 'endReason', render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </QueryView>
  );
}

function Posts({ villageId, manage }: { villageId: string; manage: boolean }) {
  const [gridId, setGridId] = useState<string>();
  const paging = usePaging();
  const grids = useGridChoices(villageId);
  const gridName = new Map(grids.choices.map((g) => [g.value, g.label]));
  const [result, refetch] = useQuery({
    query: PostsDocument,
    variables: { villageId, gridId: gridId ?? null, ...paging.variables },
  });
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<{ id: string; name: string } | null>(null);
  const [ending, setEnding] = useState<{ id: string; name: string; postName: string } | null>(null);
  const after = (changed: boolean) => changed && refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <GridFilter
          choices={grids.choices}
          onChange={(v) => {
            paging.reset();
            setGridId(v);
          }}
        />
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新设岗位
          </Button>
        )}
      </Space>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            loading={result.fetching}
            dataSource={data.posts.items}
            pagination={paging.pagination(data.posts.total)}
            locale={{ emptyText: '尚未设立自治岗位' }}
            expandable={{ expandedRowRender: (p) => <PostHistory postId={p.id} />, expandRowByClick: false }}
            columns={[
              { title: '岗位', dataIndex: 'name' },
              { title: '网格', dataIndex: 'gridId', render: (v: string) => gridName.get(v) ?? '—' },
              { title: '职责', dataIndex: 'duties', render: (v: string) => v || '—' },
              {
                title: '评价项目',
                dataIndex: 'itemCodes',
                render: (codes: string[]) => codes.map((c) => <Tag key={c}>{c}</Tag>),
              },
              {
                title: '当前在任',
                render: (_, p) =>
                  p.holders.length === 0 ? (
                    '空缺'
                  ) : (
                    <Space wrap>
                      {p.holders.map((h) => (
                        <Space key={h.id} size={4}>
                          <span>
                            {h.resident.name}（{formatDate(h.startDate)} 起）
                          </span>
                          {manage && (
                            <Button
                              size="small"
                              type="link"
                              danger
                              onClick={() => setEnding({ id: h.id, name: h.resident.name, postName: p.name })}
                            >
                              结束任期
                            </Button>
                          )}
                        </Space>
                      ))}
                    </Space>
                  ),
              },
              ...(manage
                ? [
                    {
                      title: '操作',
                      render: (_: unknown, p: { id: string; name: string }) => (
                        <Button size="small" onClick={() => setAssigning(p)}>
                          任命
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      <CreatePostDialog
        open={creating}
        grids={grids.choices}
        onClose={(c) => {
          setCreating(false);
          after(c);
        }}
      />
      <AssignHolderDialog
        post={assigning}
        villageId={villageId}
        onClose={(c) => {
          setAssigning(null);
          after(c);
        }}
      />
      <EndAssignmentDialog
        assignment={ending}
        onClose={(c) => {
          setEnding(null);
          after(c);
        }}
      />
    </>
  );
}

/** 自治岗位: each grid's posts, who holds them, and the history of terms. */
export default function PostsPage() {
  const session = useSession();
  return (
    <VillageScoped title="网格自治岗位">
      {(villageId) => <Posts villageId={villageId} manage={session.can('GRID_MANAGE')} />}
    </VillageScoped>
  );
}
