import { App, Button, DatePicker, Descriptions, Drawer, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { ProblemAlert } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import {
  MarkPayoutPaidDocument,
  PAYOUT_STATUS,
  PayoutPlanDocument,
  PostPayoutPlanDocument,
  yuan,
} from './payout-documents';
import { PayoutVoteModal } from './payout-vote-modal';

/** The digest in groups of eight, as on the posted paper, so it can be read aloud and compared. */
const grouped = (digest: string) => digest.match(/.{1,8}/g)?.join(' ') ?? digest;

/** One payout plan: its lines, its steps so far, and the next step for who may take it. */
export function PayoutPlanDrawer(props: {
  planId: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { modal } = App.useApp();
  const { can } = useSession();
  const [result, refetch] = useQuery({
    query: PayoutPlanDocument,
    variables: { id: props.planId ?? '' },
    pause: !props.planId,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [voting, setVoting] = useState(false);
  const [paidOn, setPaidOn] = useState<Dayjs>(dayjs());
  const [posting, post] = useMutation(PostPayoutPlanDocument);
  const [paying, pay] = useMutation(MarkPayoutPaidDocument);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    props.onChanged();
  };
  const manage = can('FUND_MANAGE');

  async function postPlan(planId: string) {
    const ok = await confirmIrreversible(modal, {
      title: '张榜公示该方案？',
      consequence: '公示后方案内容与摘要固定，村民可据摘要核对。',
      okText: '公示',
    });
    if (!ok) return;
    const r = await post({ planId });
    setProblem(applyApiError(null, r.error));
    reload();
  }

  async function markPaid(planId: string) {
    const r = await pay({ input: { planId, paidOn: paidOn.format('YYYY-MM-DD') } });
    setProblem(applyApiError(null, r.error));
    reload();
  }

  return (
    <Drawer open={Boolean(props.planId)} onClose={props.onClose} size="large" title="资金发放方案">
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ payoutPlan: plan }) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {plan.title}{' '}
              <Tag color={PAYOUT_STATUS[plan.status]?.color}>{PAYOUT_STATUS[plan.status]?.label}</Tag>
            </Typography.Title>
            <ProblemAlert problem={problem} />
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="每分金额">{yuan(plan.yuanPerPoint)}</Descriptions.Item>
              <Descriptions.Item label="合计">
                {yuan(plan.totalYuan)}（{plan.lineCount} 人）
              </Descriptions.Item>
              {plan.votePresent !== null && (
                <Descriptions.Item label="表决" span={2}>
                  {plan.votedOn}：应到 {plan.voteExpected}，实到 {plan.votePresent}；赞成 {plan.voteFor}，反对{' '}
                  {plan.voteAgainst}，弃权 {plan.voteAbstain}
                </Descriptions.Item>
              )}
              {plan.paidOn && (
                <Descriptions.Item label="发放日期" span={2}>
                  {plan.paidOn}（村民大会）
                </Descriptions.Item>
              )}
              <Descriptions.Item label="方案摘要" span={2}>
                <Typography.Text code copyable={{ text: plan.digest }} aria-label="方案摘要">
                  {grouped(plan.digest)}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            {manage && (
              <Space wrap>
                {plan.status === 'DRAFTED' && (
                  <Button type="primary" onClick={() => setVoting(true)}>
                    录入表决结果
                  </Button>
                )}
                {plan.status === 'VOTED' && (
                  <Button type="primary" loading={posting.fetching} onClick={() => postPlan(plan.id)}>
                    张榜公示
                  </Button>
                )}
                {plan.status === 'POSTED' && (
                  <>
                    <label htmlFor="payout-paid-on">发放日期</label>
                    <DatePicker
                      id="payout-paid-on"
                      value={paidOn}
                      allowClear={false}
                      onChange={(d) => d && setPaidOn(d)}
                    />
                    <Button type="primary" loading={paying.fetching} onClick={() => markPaid(plan.id)}>
                      登记已在村民大会发放
                    </Button>
                  </>
                )}
              </Space>
            )}
            <Table
              rowKey="position"
              size="small"
              aria-label="发放明细"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={plan.lines}
              locale={{ emptyText: '本期没有可发放的村民（本期信用积分均为 0）' }}
              columns={[
                { title: '序号', dataIndex: 'position', width: 70 },
                { title: '姓名', dataIndex: 'residentName' },
                { title: '本期信用积分', dataIndex: 'basisPoints', align: 'right' },
                { title: '金额', dataIndex: 'amountYuan', align: 'right', render: yuan },
              ]}
            />
            <Timeline
              items={plan.events.map((e) => ({
                content: (
                  <>
                    <strong>{PAYOUT_STATUS[e.status]?.label}</strong>{' '}
                    {dayjs(e.createdAt).format('YYYY-MM-DD HH:mm')}
                    {e.note && <div>{e.note}</div>}
                  </>
                ),
              }))}
            />
            <PayoutVoteModal
              planId={plan.id}
              open={voting}
              onClose={(voted) => {
                setVoting(false);
                if (voted) reload();
              }}
            />
          </Space>
        )}
      </QueryView>
    </Drawer>
  );
}
