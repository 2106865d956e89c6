import { App, Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { ProblemAlert } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { VillageYearHeader } from '../../components/village-year-header';
import { ResidentSelect } from '../people/resident-select';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import {
  ActivitiesDocument,
  ActivityDocument,
  CloseActivityDocument,
  RegisterVolunteerDocument,
} from './activities-documents';
import { ActivityPhotos } from './activity-photos';
import { CreateActivityModal } from './create-activity-modal';

function ActivityDrawer(props: {
  id: string | null;
  villageId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { modal } = App.useApp();
  const { can } = useSession();
  const [result, refetch] = useQuery({
    query: ActivityDocument,
    variables: { id: props.id ?? '' },
    pause: !props.id,
  });
  const [resident, setResident] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [registering, register] = useMutation(RegisterVolunteerDocument);
  const [closing, close] = useMutation(CloseActivityDocument);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    props.onChanged();
  };
  return (
    <Drawer open={Boolean(props.id)} onClose={props.onClose} size="large" title="志愿服务活动">
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ volunteerActivity: a }) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {a.title}
            </Typography.Title>
            <ProblemAlert problem={problem} />
            {a.status === 'OPEN' && (
              <div role="status" aria-label="签到码" style={{ textAlign: 'center' }}>
                <Typography.Text type="secondary">
                  现场签到码（村民在手机“我的 → 活动签到”输入）
                </Typography.Text>
                <div data-testid="check-in-code" style={{ fontSize: 56, letterSpacing: 12, fontWeight: 600 }}>
                  {a.checkInCode}
                </div>
              </div>
            )}
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="组织者">{a.organiser}</Descriptions.Item>
              <Descriptions.Item label="地点">{a.place}</Descriptions.Item>
              <Descriptions.Item label="签到时段" span={2}>
                {formatDateTime(a.startsAt)} 至 {formatDateTime(a.endsAt)}
              </Descriptions.Item>
              <Descriptions.Item label="每人时长">{a.defaultHours} 小时</Descriptions.Item>
              <Descriptions.Item label="计分事项">{a.itemCode}</Descriptions.Item>
            </Descriptions>
            <ActivityPhotos
              activityId={a.id}
              open={a.status === 'OPEN' && can('MEETING_MANAGE')}
              photos={a.photos}
              onChanged={reload}
              onProblem={setProblem}
            />
            {a.status === 'OPEN' && can('MEETING_MANAGE') && (
              <Space wrap>
                <ResidentSelect
                  villageId={props.villageId}
                  value={resident}
                  onChange={setResident}
                  id="activity-resident"
                />
                <Button
                  loading={registering.fetching}
                  disabled={!resident}
                  onClick={async () => {
                    const r = await register({ input: { activityId: a.id, residentId: resident as string } });
                    setProblem(applyApiError(null, r.error));
                    setResident(undefined);
                    reload();
                  }}
                >
                  登记参与者
                </Button>
                <Button
                  type="primary"
                  loading={closing.fetching}
                  onClick={async () => {
                    const ok = await confirmIrreversible(modal, {
                      title: '结束活动并提交时长？',
                      consequence: `将为 ${a.participants.length} 位参与者按时长提出登记，待信用评议会审核。`,
                      okText: '结束活动',
                    });
                    if (!ok) return;
                    const r = await close({ activityId: a.id });
                    setProblem(applyApiError(null, r.error));
                    reload();
                  }}
                >
                  结束活动
                </Button>
              </Space>
            )}
            <Table
              rowKey="residentId"
              size="small"
              aria-label="参与者"
              pagination={false}
              dataSource={a.participants}
              locale={{ emptyText: '还没有人签到' }}
              columns={[
                { title: '姓名', dataIndex: 'residentName' },
                {
                  title: '方式',
                  dataIndex: 'channel',
                  render: (c: string) => (c === 'CHECK_IN' ? '现场签到' : '组织者登记'),
                },
                { title: '时长', dataIndex: 'hours', render: (h: number) => `${h} 小时` },
                {
                  title: '登记',
                  dataIndex: 'declarationId',
                  render: (d: string | null) => (d ? <Tag color="orange">已提出登记，待审核</Tag> : null),
                },
              ]}
            />
          </Space>
        )}
      </QueryView>
    </Drawer>
  );
}

/**
 * 志愿服务活动 (DOMAIN.md §12): start an activity with its check-in window and code, watch people check in
 * from their phones (or register them), then close it — each participant's hours go to review.
 */
export default function ActivitiesPage() {
  const scope = useVillageScope();
  const { can } = useSession();
  const [year, setYear] = useState(currentYear());
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: ActivitiesDocument,
    variables: { villageId: scope.villageId ?? '', year },
    pause: !scope.villageId,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <VillageYearHeader
        title="志愿服务活动"
        picker={scope.picker}
        year={year}
        onYear={setYear}
        yearId="activities-year"
        action={
          <>
            {scope.villageId && can('MEETING_MANAGE') && (
              <Button type="primary" onClick={() => setCreating(true)}>
                发起活动
              </Button>
            )}
          </>
        }
      />
      {scope.villageId && (
        <QueryView result={result} retry={reload}>
          {(data) => (
            <Table
              rowKey="id"
              aria-label="志愿服务活动"
              dataSource={data.volunteerActivities}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: `${year} 年还没有活动` }}
              columns={[
                { title: '开始', dataIndex: 'startsAt', render: (d: string) => formatDateTime(d) },
                {
                  title: '活动',
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(row.id)}>
                      {title}
                    </Button>
                  ),
                },
                { title: '组织者', dataIndex: 'organiser' },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (s: string) =>
                    s === 'OPEN' ? <Tag color="processing">进行中</Tag> : <Tag color="green">已结束</Tag>,
                },
              ]}
            />
          )}
        </QueryView>
      )}
      {scope.villageId && (
        <CreateActivityModal
          villageId={scope.villageId}
          open={creating}
          onClose={(id) => {
            setCreating(false);
            if (id) {
              reload();
              setOpen(id);
            }
          }}
        />
      )}
      {scope.villageId && (
        <ActivityDrawer
          id={open}
          villageId={scope.villageId}
          onClose={() => setOpen(null)}
          onChanged={reload}
        />
      )}
    </Space>
  );
}
