import { Alert, App, Button, Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDate, formatDateTime } from '@village/web';
import type { ResultOf } from '@village/web';
import { QueryView } from '../../components/query-view';
import { describePointsRule, TRACK_LABELS } from '../scoring/scoring-labels';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { AdoptListForm } from './adopt-list-form';
import {
  RulesCreateScoringListDocument,
  RulesScoringListsDocument,
  RulesWithdrawVillageItemDocument,
} from './scoring-list-documents';
import { VillageItemDialog } from './village-item-dialog';

type List = ResultOf<typeof RulesScoringListsDocument>['scoringLists'][number];
type VillageItem = List['villageItems'][number];

/** The points as a sign and range, and the API's rule sentence where it says more (bands, levels, caps). */
function pointsColumn(item: Parameters<typeof describePointsRule>[0] & { rule: string }): string {
  const plain = describePointsRule(item);
  return /分档|档次|同组|累计|取整/.test(item.rule) ? `${plain}；${item.rule}` : plain;
}
const SOURCE_LABELS: Record<string, string> = { FRAMEWORK: '区框架', TOWN: '镇手册', VILLAGE: '村自定' };

/** The village scoring list: versions, the draft's own items, adoption by the representatives' meeting. */
export default function ScoringListPage() {
  const { message } = App.useApp();
  const scope = useVillageScope();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<VillageItem | 'new' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [lists, refetch] = useQuery({
    query: RulesScoringListsDocument,
    variables: { villageId: scope.villageId ?? '' },
    pause: !scope.villageId,
  });
  const [creating, create] = useMutation(RulesCreateScoringListDocument);
  const [, withdraw] = useMutation(RulesWithdrawVillageItemDocument);
  const all = [...(lists.data?.scoringLists ?? [])].sort((a, b) => b.version - a.version);
  const list = all.find((l) => l.id === chosen) ?? all[0];
  const build = async () => {
    setFailure(null);
    const answer = await create({ villageId: scope.villageId as string, year: currentYear() });
    if (answer.error) setFailure(apiErrorMessage(answer.error));
    else {
      setChosen(answer.data?.createScoringList.id ?? null);
      message.success('已依据镇操作手册新建清单草稿');
    }
  };
  return (
    <>
      <Typography.Title level={3}>村积分评价清单</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
        {all.length > 0 && (
          <Select
            aria-label="清单版本"
            style={{ minWidth: 260 }}
            value={list?.id}
            onChange={setChosen}
            options={all.map((l) => ({
              value: l.id,
              label: `第 ${l.version} 版 · ${l.status === 'ADOPTED' ? `已通过 ${formatDate(l.meetingDate)}` : '草稿'}`,
            }))}
          />
        )}
        <Button onClick={build} loading={creating.fetching}>
          依据镇操作手册新建 {currentYear()} 年清单
        </Button>
      </Space>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={failure}
          closable
          onClose={() => setFailure(null)}
          style={{ marginBottom: 12 }}
        />
      )}
      {scope.villageId && (
        <QueryView
          result={lists}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          isEmpty={(d) => d.scoringLists.length === 0}
          empty="尚无清单：依据镇操作手册新建草稿"
        >
          {() =>
            list && (
              <>
                <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
                  <Descriptions.Item label="版本">第 {list.version} 版</Descriptions.Item>
                  <Descriptions.Item label="状态">
                    <Tag color={list.status === 'ADOPTED' ? 'green' : 'gold'}>
                      {list.status === 'ADOPTED' ? '已通过' : '草稿'}
                    </Tag>
                  </Descriptions.Item>
                  <Descriptions.Item label="创建">{formatDateTime(list.createdAt)}</Descriptions.Item>
                  {list.status === 'ADOPTED' && (
                    <Descriptions.Item label="表决" span={3}>
                      {formatDate(list.meetingDate)} 村民代表大会：在任 {list.representativesInOffice}{' '}
                      人，到会 {list.present} 人，赞成 {list.votesFor}、反对 {list.votesAgainst}、弃权{' '}
                      {list.abstaining}
                    </Descriptions.Item>
                  )}
                </Descriptions>
                <Card
                  size="small"
                  title="村自定事项"
                  style={{ marginBottom: 16 }}
                  extra={
                    list.status === 'DRAFT' && <Button onClick={() => setEditing('new')}>新增事项</Button>
                  }
                >
                  <Table<VillageItem>
                    size="small"
                    rowKey="id"
                    dataSource={list.villageItems}
                    pagination={false}
                    locale={{ emptyText: '没有村自定事项' }}
                    columns={[
                      { title: '编码', dataIndex: 'code' },
                      { title: '名称', dataIndex: 'name' },
                      { title: '分值', render: (_, i) => pointsColumn(i) },
                      { title: '积分类型', render: (_, i) => TRACK_LABELS[i.track] },
                      {
                        title: '状态',
                        render: (_, i) =>
                          i.withdrawn ? (
                            <Tag>已撤回</Tag>
                          ) : i.requiresApproval ? (
                            <Tag color={i.approvedAt ? 'green' : 'orange'}>
                              {i.approvedAt ? '镇已审批' : '超出限额，待镇审批'}
                            </Tag>
                          ) : (
                            <Tag color="blue">有效</Tag>
                          ),
                      },
                      {
                        title: '操作',
                        render: (_, i) =>
                          list.status === 'DRAFT' &&
                          !i.withdrawn && (
                            <Space>
                              <Button size="small" onClick={() => setEditing(i)}>
                                修改
                              </Button>
                              <Button
                                size="small"
                                danger
                                onClick={async () => {
                                  const answer = await withdraw({ itemId: i.id });
                                  if (answer.error) setFailure(apiErrorMessage(answer.error));
                                }}
                              >
                                撤回
                              </Button>
                            </Space>
                          ),
                      },
                    ]}
                  />
                </Card>
                {list.status === 'DRAFT' ? (
                  <Card size="small" title="村民代表大会表决">
                    <AdoptListForm listId={list.id} version={list.version} />
                  </Card>
                ) : (
                  <Card size="small" title={`生效事项（${list.items.length} 项）`}>
                    <Table
                      size="small"
                      rowKey="id"
                      dataSource={list.items}
                      pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
                      columns={[
                        { title: '编码', dataIndex: 'code' },
                        { title: '名称', dataIndex: 'name' },
                        { title: '来源', render: (_, i) => SOURCE_LABELS[i.source] },
                        { title: '分值', render: (_, i) => pointsColumn(i) },
                        { title: '积分类型', render: (_, i) => TRACK_LABELS[i.track] },
                      ]}
                    />
                  </Card>
                )}
                {editing && (
                  <VillageItemDialog
                    listId={list.id}
                    item={editing === 'new' ? null : editing}
                    onClose={() => setEditing(null)}
                  />
                )}
              </>
            )
          }
        </QueryView>
      )}
    </>
  );
}
