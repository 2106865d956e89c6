import { Button, Input, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { type ResultOf } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import { ATTENDANCE_LABELS, type MeetingDocument, RecordMeetingDocument } from './meetings-documents';

type Meeting = ResultOf<typeof MeetingDocument>['meeting'];
type Mark = { status: 'PRESENT' | 'EXCUSED' | 'ABSENT'; excuseReason: string };

/** 登记出勤: everyone expected, present by default; an excuse needs its reason; saved once with the minutes. */
export function RecordAttendance({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(
      meeting.expectedAttendees.map((a) => [a.residentId, { status: 'PRESENT', excuseReason: '' }]),
    ),
  );
  const [minutes, setMinutes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, save] = useMutation(RecordMeetingDocument);
  const set = (id: string, change: Partial<Mark>) =>
    setMarks((m) => ({ ...m, [id]: { ...m[id], ...change } }));
  async function submit() {
    const r = await save({
      input: {
        meetingId: meeting.id,
        minutes,
        attendance: meeting.expectedAttendees.map((a) => ({
          residentId: a.residentId,
          status: marks[a.residentId].status,
          excuseReason: marks[a.residentId].excuseReason.trim() || null,
        })),
      },
    });
    setProblem(applyApiError(null, r.error));
    if (!r.error) onDone();
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problem} />
      <Table
        rowKey="residentId"
        size="small"
        aria-label="登记出勤"
        pagination={false}
        dataSource={meeting.expectedAttendees}
        columns={[
          { title: '应到人员', dataIndex: 'residentName' },
          {
            title: '出勤',
            key: 'status',
            render: (_: unknown, a) => (
              <Radio.Group
                aria-label={`${a.residentName}的出勤`}
                value={marks[a.residentId].status}
                onChange={(e) => set(a.residentId, { status: e.target.value })}
                options={Object.entries(ATTENDANCE_LABELS).map(([value, label]) => ({ value, label }))}
              />
            ),
          },
          {
            title: '请假事由',
            key: 'reason',
            render: (_: unknown, a) =>
              marks[a.residentId].status === 'EXCUSED' ? (
                <Input
                  aria-label={`${a.residentName}的请假事由`}
                  maxLength={200}
                  value={marks[a.residentId].excuseReason}
                  onChange={(e) => set(a.residentId, { excuseReason: e.target.value })}
                />
              ) : null,
          },
        ]}
      />
      <label htmlFor="meeting-minutes">会议记录</label>
      <Input.TextArea
        id="meeting-minutes"
        rows={4}
        maxLength={4000}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <Typography.Text type="secondary">
        {meeting.absenceItemCode
          ? `无故缺席者将按事项 ${meeting.absenceItemCode} 登记，待信用评议会审核后才计分。`
          : '本次会议未设缺席登记事项，出勤只计入出席率。'}
        登记后不可更改。
      </Typography.Text>
      <Button type="primary" loading={saving.fetching} disabled={!minutes.trim()} onClick={submit}>
        保存会议记录与出勤
      </Button>
    </Space>
  );
}
