import { Button, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, beijingToday, formatDate } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { isCalendarDate } from '../people/resident-validation';
import { dateRules } from './post-dialogs';

const RotasDocument = graphql(`
  query ProgramsCaptainRotas($id: ID!) {
    captainRotas(id: $id) {
      id
      version
      startsOn
      periodDays
      captains {
        id
        name
      }
    }
  }
`);
const CaptainOnDocument = graphql(`
  query ProgramsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {
    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {
      date
      index
      rotaVersion
      captain {
        name
      }
    }
  }
`);
const SetRotaDocument = graphql(`
  mutation ProgramsSetCaptainRota($input: SetCaptainRotaInput!) {
    setCaptainRota(input: $input) {
      id
      version
    }
  }
`);

interface Team {
  id: string;
  number: number;
  villageId: string;
  members: { resident: { id: string; name: string } }[];
}

/** "Who is captain on …": the API works it out from the rota in force that day. */
function CaptainOnDate({ team }: { team: Team }) {
  const [typed, setTyped] = useState(beijingToday());
  const date = isCalendarDate(typed.trim()) ? typed.trim() : null;
  const [result] = useQuery({
    query: CaptainOnDocument,
    variables: { villageId: team.villageId, teamNumber: team.number, date: date ?? '' },
    pause: !date,
  });
  const answer = result.data?.captainOn;
  return (
    <Space wrap>
      <label htmlFor={`captain-on-${team.id}`}>查询某日轮值队长</label>
      <Input
        id={`captain-on-${team.id}`}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        style={{ width: 140 }}
        placeholder="YYYY-MM-DD"
      />
      <span role="status">
        {!date
          ? '请输入 YYYY-MM-DD 格式的日期'
          : result.fetching
            ? '正在查询…'
            : result.error
              ? apiErrorMessage(result.error)
              : answer && (
                  <Typography.Text strong>
                    {formatDate(answer.date)} 轮值队长：{answer.captain.name}（第 {answer.rotaVersion}{' '}
                    版安排，第 {answer.index + 1} 位）
                  </Typography.Text>
                )}
      </span>
    </Space>
  );
}

export function CaptainRotaPanel({ team, manage }: { team: Team; manage: boolean }) {
  const [result, refetch] = useQuery({ query: RotasDocument, variables: { id: team.id } });
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ residentIds: string[]; periodDays: number; startsOn: string }>();
  const [state, setRota] = useMutation(SetRotaDocument);

  async function submit(v: { residentIds: string[]; periodDays: number; startsOn: string }) {
    const r = await setRota({
      input: {
        teamId: team.id,
        residentIds: v.residentIds,
        periodDays: v.periodDays,
        startsOn: v.startsOn.trim(),
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    setOpen(false);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <CaptainOnDate team={team} />
        {manage && (
          <Button
            onClick={() => {
              setProblem(null);
              form.setFieldsValue({ startsOn: beijingToday(), periodDays: 30, residentIds: [] });
              setOpen(true);
            }}
          >
            设置轮值安排
          </Button>
        )}
      </Space>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            size="small"
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            dataSource={data.captainRotas}
            locale={{ emptyText: '尚未设置轮值队长安排' }}
            columns={[
              { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
              { title: '起始日期', dataIndex: 'startsOn', render: formatDate },
              { title: '每人轮值', dataIndex: 'periodDays', render: (d: number) => `${d} 天` },
              {
                title: '轮值顺序',
                render: (_, r) => r.captains.map((c, i) => `${i + 1}. ${c.name}`).join('　'),
              },
            ]}
          />
        )}
      </QueryView>
      <FormModal
        title={`设置第 ${team.number} 队轮值队长安排`}
        open={open}
        okText="保存（新版本）"
        busy={state.fetching}
        form={form}
        onFinish={submit}
        onCancel={() => setOpen(false)}
        problem={problem}
        intro={<p>保存后生成新版本，旧版本保留；轮值人员须为本队当前成员，按选择的先后顺序轮值。</p>}
      >
        <Form.Item
          label="轮值顺序"
          name="residentIds"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择 1 名队员' }]}
        >
          <Select
            mode="multiple"
            options={team.members.map((m) => ({ value: m.resident.id, label: m.resident.name }))}
          />
        </Form.Item>
        <Form.Item label="每人轮值天数" name="periodDays" rules={[{ required: true, message: '请输入天数' }]}>
          <InputNumber min={1} max={366} />
        </Form.Item>
        <Form.Item label="从哪天起轮值" name="startsOn" rules={dateRules('起始日期')}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
