import { Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { QueryView } from '../../components/query-view';
import { VillageYearHeader } from '../../components/village-year-header';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { CreateMeetingModal } from './create-meeting-modal';
import {
  ATTENDANCE_LABELS,
  MEETING_TYPE_LABELS,
  MeetingDocument,
  MeetingsDocument,
} from './meetings-documents';
import { AttendanceRatesTable } from './attendance-rates-table';
import { RecordAttendance } from './record-attendance';

function MeetingDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { can } = useSession();
  const [result, refetch] = useQuery({ query: MeetingDocument, variables: { id: id ?? '' }, pause: !id });
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size="large" title="会议">
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ meeting: m }) => (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {m.title}
            </Typography.Title>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="类型">{MEETING_TYPE_LABELS[m.type]}</Descriptions.Item>
              <Descriptions.Item label="日期">{m.heldOn}</Descriptions.Item>
              <Descriptions.Item label="地点">{m.place}</Descriptions.Item>
              <Descriptions.Item label="应到">{m.expectedAttendees.length} 人</Descriptions.Item>
              <Descriptions.Item label="议程" span={2}>
                {m.agenda}
              </Descriptions.Item>
              {m.minutes && (
                <Descriptions.Item label="会议记录" span={2}>
                  {m.minutes}
                </Descriptions.Item>
              )}
            </Descriptions>
            {m.status === 'HELD' ? (
              <Table
                rowKey="residentId"
                size="small"
                aria-label="出勤情况"
                pagination={false}
                dataSource={m.attendance}
                columns={[
                  { title: '姓名', dataIndex: 'residentName' },
                  { title: '出勤', dataIndex: 'status', render: (s: string) => ATTENDANCE_LABELS[s] },
                  { title: '请假事由', dataIndex: 'excuseReason' },
                  {
                    title: '登记',
                    dataIndex: 'declarationId',
                    render: (d: string | null) => (d ? <Tag color="orange">已提出登记，待审核</Tag> : null),
                  },
                ]}
              />
            ) : can('MEETING_MANAGE') ? (
              <RecordAttendance
                meeting={m}
                onDone={() => {
                  refetch({ requestPolicy: 'network-only' });
                  onChanged();
                }}
              />
            ) : (
              <Typography.Text type="secondary">会议尚未登记出勤。</Typography.Text>
            )}
          </Space>
        )}
      </QueryView>
    </Drawer>
  );
}

/**
 * 会议与出勤 (DOMAIN.md §12): the village's meetings of a year; plan one, and after it record the minutes
 * and each expected attendee's attendance (an unexcused absence is registered for review, not scored).
 */
export default function MeetingsPage() {
  const scope = useVillageScope();
  const { can } = useSession();
  const [year, setYear] = useState(currentYear());
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: MeetingsDocument,
    variables: { villageId: scope.villageId ?? '', year },
    pause: !scope.villageId,
  });
  const [changes, setChanges] = useState(0);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setChanges((n) => n + 1);
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <VillageYearHeader
        title="会议与出勤"
        picker={scope.picker}
        year={year}
        onYear={setYear}
        yearId="meetings-year"
        action={
          <>
            {scope.villageId && can('MEETING_MANAGE') && (
              <Button type="primary" onClick={() => setCreating(true)}>
                安排会议
              </Button>
            )}
          </>
        }
      />
      {scope.villageId && <AttendanceRatesTable villageId={scope.villageId} year={year} changes={changes} />}
      {scope.villageId && (
        <QueryView result={result} retry={reload}>
          {(data) => (
            <Table
              rowKey="id"
              aria-label="会议"
              dataSource={data.meetings}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: `${year} 年还没有会议` }}
              columns={[
                { title: '日期', dataIndex: 'heldOn', width: 120 },
                { title: '类型', dataIndex: 'type', render: (t: string) => MEETING_TYPE_LABELS[t] },
                {
                  title: '会议',
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(row.id)}>
                      {title}
                    </Button>
                  ),
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (s: string) => (s === 'HELD' ? <Tag color="green">已召开</Tag> : <Tag>待召开</Tag>),
                },
              ]}
            />
          )}
        </QueryView>
      )}
      {scope.villageId && (
        <CreateMeetingModal
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
      <MeetingDrawer id={open} onClose={() => setOpen(null)} onChanged={reload} />
    </Space>
  );
}
