import { App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatPoints } from '@village/web';
import { graphql } from '@village/web/graphql';
import { useMyUnits } from '../../components/my-units';
import { QueryView } from '../../components/query-view';
import { DIRECTION_LABELS, ITEM_CATEGORY_LABELS } from '../../components/rulebook-labels';
import { useVillageOptions } from './town-villages';

const VillageListsQuery = graphql(`
  query TownVillageScoringLists($villageId: ID!) {
    scoringLists(villageId: $villageId) {
      id
      version
      status
      villageItems {
        id
        code
        name
        category
        direction
        pointsMin
        pointsMax
        requiresApproval
        approvedAt
        withdrawn
      }
    }
  }
`);

const ApproveVillageItemMutation = graphql(`
  mutation TownApproveVillageItem($itemId: ID!) {
    approveVillageItem(itemId: $itemId) {
      id
    }
  }
`);

/**
 * A village's own items that exceed the manual's limits and wait for the town's approval (in its
 * draft scoring lists). The API has no town-wide queue, so one village at a time.
 */
export default function VillageApprovalsPage() {
  const town = useMyUnits('TOWN')[0];
  const villages = useVillageOptions(town?.id);
  const [villageId, setVillageId] = useState<string | undefined>(undefined);
  const [result, refetch] = useQuery({
    query: VillageListsQuery,
    variables: { villageId: villageId ?? '' },
    pause: !villageId,
  });
  const [, approve] = useMutation(ApproveVillageItemMutation);
  const { modal, message } = App.useApp();

  const waiting = (result.data?.scoringLists ?? [])
    .filter((l) => l.status === 'DRAFT')
    .flatMap((l) => l.villageItems.map((i) => ({ ...i, listVersion: l.version })))
    .filter((i) => i.requiresApproval && !i.approvedAt && !i.withdrawn);

  return (
    <>
      <Typography.Title level={3}>村自定事项审批</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <span>村</span>
        <Select
          aria-label="村"
          style={{ width: 200 }}
          placeholder="选择村"
          loading={villages.loading}
          options={villages.options}
          value={villageId}
          onChange={setVillageId}
        />
      </Space>
      {!villageId ? (
        <Typography.Paragraph type="secondary">
          请选择一个村，查看其草稿清单中超出手册限额、待镇审批的事项。
        </Typography.Paragraph>
      ) : (
        <QueryView
          result={{ ...result, data: result.data ? waiting : undefined }}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          isEmpty={(d) => d.length === 0}
          empty="该村没有待审批的事项"
        >
          {(rows) => (
            <Table
              rowKey="id"
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: '清单版本', dataIndex: 'listVersion', render: (v: number) => `第 ${v} 版（草稿）` },
                { title: '编码', dataIndex: 'code' },
                { title: '事项', dataIndex: 'name' },
                { title: '类别', dataIndex: 'category', render: (v: string) => ITEM_CATEGORY_LABELS[v] ?? v },
                { title: '方向', dataIndex: 'direction', render: (v: string) => DIRECTION_LABELS[v] },
                {
                  title: '分值',
                  key: 'points',
                  render: (_, i) => `${formatPoints(i.pointsMin)}～${formatPoints(i.pointsMax)}`,
                },
                { title: '状态', key: 'state', render: () => <Tag color="orange">待镇审批</Tag> },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, i) => (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        modal.confirm({
                          title: `批准「${i.code} ${i.name}」？`,
                          content: '批准后该事项可随清单提交村民代表大会表决。',
                          okText: '批准',
                          cancelText: '取消',
                          onOk: async () => {
                            const outcome = await approve({ itemId: i.id });
                            if (outcome.error) message.error(apiErrorMessage(outcome.error));
                            else {
                              message.success('已批准');
                              refetch({ requestPolicy: 'network-only' });
                            }
                          },
                        })
                      }
                    >
                      批准
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      )}
    </>
  );
}
