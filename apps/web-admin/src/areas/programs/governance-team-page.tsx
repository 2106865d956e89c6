import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { beijingToday, formatDate, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { ResidentSelect } from '../people/resident-select';
import { VillageScoped } from '../people/village-scope';
import { dateRules } from './post-dialogs';

const GovernanceDocument = graphql(`
  query ProgramsGovernanceTeam($villageId: ID!) {
    governanceTeam(villageId: $villageId) {
      id
      version
      effectiveFrom
      leader {
        dutyTitle
        resident {
          id
          name
        }
      }
      deputies {
        dutyTitle
        resident {
          id
          name
        }
      }
      workers {
        fullTime
        resident {
          id
          name
        }
      }
    }
  }
`);
const SetGovernanceDocument = graphql(`
  mutation ProgramsSetGovernanceTeam($input: SetGovernanceTeamInput!) {
    setGovernanceTeam(input: $input) {
      id
      version
    }
  }
`);

const RULE =
  '“1+4+N”：1 名带头人（如党支部书记）、4 名副手（党小组长、村民代表组长、网格长、志愿者队长）、N 名专兼职网格员；同一人只能担任一个位置。';
const DEPUTY_TITLES = ['党小组长', '村民代表组长', '网格长', '志愿者队长'];

interface Values {
  leaderId: string;
  leaderTitle: string;
  effectiveFrom: string;
  deputies: { dutyTitle: string; residentId?: string }[];
  workers: { residentId?: string; fullTime: boolean }[];
}

function Governance({ villageId, manage }: { villageId: string; manage: boolean }) {
  const [result, refetch] = useQuery({ query: GovernanceDocument, variables: { villageId } });
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [state, save] = useMutation(SetGovernanceDocument);
  const team = result.data?.governanceTeam ?? null;
  const known = team ? [team.leader, ...team.deputies, ...team.workers].map((m) => m.resident) : [];

  function edit() {
    setProblem(null);
    form.setFieldsValue({
      leaderId: team?.leader.resident.id,
      leaderTitle: team?.leader.dutyTitle ?? '党支部书记',
      effectiveFrom: beijingToday(),
      deputies: DEPUTY_TITLES.map((t, i) => ({
        dutyTitle: team?.deputies[i]?.dutyTitle ?? t,
        residentId: team?.deputies[i]?.resident.id,
      })),
      workers: team?.workers.map((w) => ({ residentId: w.resident.id, fullTime: Boolean(w.fullTime) })) ?? [],
    });
    setOpen(true);
  }

  async function submit(v: Values) {
    const ids = [v.leaderId, ...v.deputies.map((d) => d.residentId), ...v.workers.map((w) => w.residentId)];
    if (new Set(ids).size !== ids.length) return setProblem('同一人在队伍中只能担任一个位置');
    const r = await save({
      input: {
        villageId,
        leaderId: v.leaderId,
        leaderTitle: v.leaderTitle.trim(),
        effectiveFrom: v.effectiveFrom.trim(),
        deputies: v.deputies.map((d) => ({
          dutyTitle: d.dutyTitle.trim(),
          residentId: d.residentId as string,
        })),
        workers: v.workers.map((w) => ({
          residentId: w.residentId as string,
          fullTime: Boolean(w.fullTime),
        })),
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    setOpen(false);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <Alert type="info" showIcon title="队伍构成" description={RULE} style={{ marginBottom: 16 }} />
      {manage && (
        <Button type="primary" style={{ marginBottom: 16 }} onClick={edit}>
          {team ? '调整治理队伍（新版本）' : '设置治理队伍'}
        </Button>
      )}
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !d.governanceTeam}
        empty="本村尚未设置“1+4+N”治理队伍"
      >
        {(data) => {
          const t = data.governanceTeam;
          if (!t) return null; // isEmpty shows the empty state first
          return (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <Card title={`第 ${t.version} 版 · ${formatDate(t.effectiveFrom)} 起生效`}>
                <Descriptions bordered size="small" column={1}>
                  <Descriptions.Item label={`带头人（1）· ${t.leader.dutyTitle}`}>
                    {t.leader.resident.name}
                  </Descriptions.Item>
                  {t.deputies.map((d) => (
                    <Descriptions.Item key={d.resident.id} label={`副手（4）· ${d.dutyTitle}`}>
                      {d.resident.name}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
              <Card title={`网格员（N = ${t.workers.length}）`}>
                <Table
                  rowKey={(w) => w.resident.id}
                  size="small"
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={t.workers}
                  locale={{ emptyText: '暂无网格员' }}
                  columns={[
                    { title: '姓名', render: (_, w) => w.resident.name },
                    {
                      title: '专兼职',
                      dataIndex: 'fullTime',
                      render: (f: boolean | null) => <Tag>{f ? '专职' : '兼职'}</Tag>,
                    },
                  ]}
                />
              </Card>
            </Space>
          );
        }}
      </QueryView>
      <FormModal
        title="设置“1+4+N”治理队伍"
        open={open}
        okText="保存（新版本）"
        busy={state.fetching}
        form={form}
        onFinish={submit}
        onCancel={() => setOpen(false)}
        problem={problem}
        modal={{ width: 720 }}
      >
        <Space wrap align="start">
          <Form.Item
            label="带头人职务"
            name="leaderTitle"
            rules={[{ required: true, whitespace: true, message: '请填写职务' }]}
          >
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            label="带头人"
            name="leaderId"
            rules={[{ required: true, message: '请选择带头人' }]}
            style={{ width: 300 }}
          >
            <ResidentSelect villageId={villageId} known={known} />
          </Form.Item>
          <Form.Item label="生效日期" name="effectiveFrom" rules={dateRules('生效日期')}>
            <Input style={{ width: 130 }} />
          </Form.Item>
        </Space>
        <Form.List name="deputies">
          {(fields) =>
            fields.map((field, i) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item
                  label={`副手 ${i + 1} 职务`}
                  name={[field.name, 'dutyTitle']}
                  rules={[{ required: true, whitespace: true, message: '须填写职务' }]}
                >
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item
                  label={`副手 ${i + 1}`}
                  name={[field.name, 'residentId']}
                  rules={[{ required: true, message: '请选择村民' }]}
                  style={{ width: 300 }}
                >
                  <ResidentSelect villageId={villageId} known={known} />
                </Form.Item>
              </Space>
            ))
          }
        </Form.List>
        <Form.List name="workers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'residentId']}
                    rules={[{ required: true, message: '请选择村民' }]}
                    style={{ width: 300 }}
                  >
                    <ResidentSelect villageId={villageId} known={known} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'fullTime']} valuePropName="checked">
                    <Switch
                      checkedChildren="专职"
                      unCheckedChildren="兼职"
                      aria-label={`网格员 ${i + 1} 是否专职`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={`移除网格员 ${i + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ fullTime: false })}>
                添加网格员
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </>
  );
}

/** “1+4+N” 治理队伍: the village's leader, four deputies and grid workers, versioned. */
export default function GovernanceTeamPage() {
  const session = useSession();
  return (
    <VillageScoped title="“1+4+N”治理队伍">
      {(villageId) => <Governance villageId={villageId} manage={session.can('GRID_MANAGE')} />}
    </VillageScoped>
  );
}
