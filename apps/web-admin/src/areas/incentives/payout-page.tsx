import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { QueryView } from '../../components/query-view';
import { VillageYearHeader } from '../../components/village-year-header';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { DraftPayoutModal } from './draft-payout-modal';
import { PAYOUT_STATUS, PayoutPlansDocument, yuan } from './payout-documents';
import { PayoutPlanDrawer } from './payout-plan-drawer';

/**
 * 资金发放方案 (DOMAIN.md §10): the credit council drafts a period's plan from its final tally, the
 * meeting's vote is recorded, the plan is posted with its digest and paid at the villagers' assembly.
 */
export default function PayoutPage() {
  const scope = useVillageScope();
  const { can } = useSession();
  const [year, setYear] = useState(currentYear());
  const [drafting, setDrafting] = useState(false);
  const [openPlan, setOpenPlan] = useState<string | null>(null);
  const [plans, refetch] = useQuery({
    query: PayoutPlansDocument,
    variables: { villageId: scope.villageId ?? '', year },
    pause: !scope.villageId,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <VillageYearHeader
        title="资金发放方案"
        picker={scope.picker}
        year={year}
        onYear={setYear}
        yearId="payout-year"
        action={
          <>
            {can('FUND_MANAGE') && scope.villageId && (
              <Button type="primary" onClick={() => setDrafting(true)}>
                起草发放方案
              </Button>
            )}
          </>
        }
      />
      {scope.villageId ? (
        <QueryView result={plans} retry={reload}>
          {(data) => (
            <Table
              rowKey="id"
              aria-label="发放方案"
              dataSource={data.payoutPlans}
              pagination={false}
              locale={{ emptyText: `${year} 年还没有发放方案` }}
              onRow={(row) => ({ onClick: () => setOpenPlan(row.id), style: { cursor: 'pointer' } })}
              columns={[
                {
                  title: '方案',
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <Button type="link" onClick={() => setOpenPlan(row.id)} style={{ padding: 0 }}>
                      {title}
                    </Button>
                  ),
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (s: string) => <Tag color={PAYOUT_STATUS[s]?.color}>{PAYOUT_STATUS[s]?.label}</Tag>,
                },
                { title: '每分金额', dataIndex: 'yuanPerPoint', align: 'right', render: yuan },
                { title: '人数', dataIndex: 'lineCount', align: 'right' },
                { title: '合计', dataIndex: 'totalYuan', align: 'right', render: yuan },
              ]}
            />
          )}
        </QueryView>
      ) : (
        <Typography.Text type="secondary">请先选择村。</Typography.Text>
      )}
      {scope.villageId && (
        <DraftPayoutModal
          villageId={scope.villageId}
          year={year}
          open={drafting}
          onClose={(id) => {
            setDrafting(false);
            if (id) {
              reload();
              setOpenPlan(id);
            }
          }}
        />
      )}
      <PayoutPlanDrawer planId={openPlan} onClose={() => setOpenPlan(null)} onChanged={reload} />
    </Space>
  );
}
