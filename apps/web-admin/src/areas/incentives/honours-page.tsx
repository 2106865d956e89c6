import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession, type ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import { ResidentSelect } from '../people/resident-select';
import { currentYear } from '../scoring/village-scope';
import { HonourTypesCard } from './honour-types-card';
import { HonourTypesDocument } from './honours-documents';

const NominationsDocument = graphql(`
  query IncentivesHonourNominations($villageId: ID, $townId: ID, $year: Int) {
    honourNominations(villageId: $villageId, townId: $townId, year: $year) {
      id
      honourName
      residentName
      year
      reason
      stars
      status
      decisionReason
    }
  }
`);
const NominateDocument = graphql(`
  mutation IncentivesNominateHonour($input: NominateHonourInput!) {
    nominateHonour(input: $input) {
      id
    }
  }
`);
const DecideDocument = graphql(`
  mutation IncentivesDecideNomination($input: DecideNominationInput!) {
    decideHonourNomination(input: $input) {
      id
      status
    }
  }
`);
const PublishDocument = graphql(`
  mutation IncentivesPublishHonourList($townId: ID!, $year: Int!) {
    publishHonourList(townId: $townId, year: $year) {
      id
      honourCount
    }
  }
`);

type NominationRow = ResultOf<typeof NominationsDocument>['honourNominations'][number];

const STATUS: Record<string, { label: string; color: string }> = {
  NOMINATED: { label: '待镇审批', color: 'processing' },
  APPROVED: { label: '镇已同意', color: 'success' },
  REJECTED: { label: '未同意', color: 'error' },
  PUBLISHED: { label: '已公布', color: 'gold' },
};

interface NominateValues {
  honourTypeId?: string;
  residentId?: string;
  reason: string;
}

/**
 * 评先选优: the district sets up the honours and who qualifies; the village (credit council, 村“两委”)
 * nominates residents against the final year's stars and grades; the town approves or rejects each with
 * a reason and publishes the year's honour list.
 */
export default function HonoursPage() {
  const { me, can } = useSession();
  const village = me?.roles.find((r) => r.orgUnit.level === 'VILLAGE')?.orgUnit ?? null;
  const town = me?.roles.find((r) => r.orgUnit.level === 'TOWN')?.orgUnit ?? null;
  const [year, setYear] = useState(currentYear() - 1);
  const [form] = Form.useForm<NominateValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [types] = useQuery({ query: HonourTypesDocument });
  const [list, refetch] = useQuery({
    query: NominationsDocument,
    variables: { villageId: village?.id ?? null, townId: village ? null : (town?.id ?? null), year },
    pause: !village && !town,
  });
  const [nominating, nominate] = useMutation(NominateDocument);
  const [decision, decide] = useMutation(DecideDocument);
  const [deciding, setDeciding] = useState<{ id: string; name: string; approve: boolean } | null>(null);
  const [decisionReason, setDecisionReason] = useState('');
  const [publishing, publish] = useMutation(PublishDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(v: NominateValues) {
    setProblem(null);
    const r = await nominate({
      input: {
        honourTypeId: v.honourTypeId as string,
        residentId: v.residentId as string,
        year,
        reason: v.reason.trim(),
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    reload();
  }

  async function decideOn() {
    if (!deciding || !decisionReason.trim()) return;
    const r = await decide({
      input: { nominationId: deciding.id, approve: deciding.approve, reason: decisionReason.trim() },
    });
    setProblem(r.error ? applyApiError(null, r.error) : null);
    setDeciding(null);
    setDecisionReason('');
    reload();
  }

  async function publishList() {
    if (!town) return;
    const r = await publish({ townId: town.id, year });
    setProblem(r.error ? applyApiError(null, r.error) : null);
    reload();
  }

  const approver = can('HONOUR_APPROVE') && Boolean(town);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space>
        <Typography.Title level={3} style={{ margin: 0 }}>
          评先选优
        </Typography.Title>
        {(village || town) && (
          <>
            <label htmlFor="honours-year">评选年度</label>
            <InputNumber
              id="honours-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </>
        )}
        {approver && (
          <Button type="primary" loading={publishing.fetching} onClick={publishList}>
            公布 {year} 年度荣誉榜
          </Button>
        )}
      </Space>
      <ProblemAlert problem={problem} />
      <HonourTypesCard />
      <Modal
        title={deciding ? `${deciding.approve ? '同意' : '不同意'}推荐：${deciding.name}` : ''}
        open={Boolean(deciding)}
        okText="确定"
        confirmLoading={decision.fetching}
        okButtonProps={{ disabled: !decisionReason.trim() }}
        onOk={decideOn}
        onCancel={() => setDeciding(null)}
      >
        <label htmlFor="honours-decision-reason">审批理由</label>
        <Input.TextArea
          id="honours-decision-reason"
          value={decisionReason}
          maxLength={500}
          onChange={(e) => setDecisionReason(e.target.value)}
        />
      </Modal>
      {village && can('HONOUR_NOMINATE') && (
        <Card title={`推荐参评（${village.name}）`}>
          <Form form={form} layout="inline" onFinish={submit}>
            <Form.Item label="荣誉" name="honourTypeId" rules={[{ required: true, message: '请选择荣誉' }]}>
              <Select
                style={{ width: 200 }}
                placeholder="选择荣誉"
                options={(types.data?.honourTypes ?? []).map((t) => ({ value: t.id, label: t.name }))}
              />
            </Form.Item>
            <Form.Item label="村民" name="residentId" rules={[{ required: true, message: '请选择村民' }]}>
              <ResidentSelect villageId={village.id} />
            </Form.Item>
            <Form.Item
              label="推荐理由"
              name="reason"
              rules={[{ required: true, whitespace: true, message: '请写明推荐理由' }]}
            >
              <Input style={{ width: 280 }} maxLength={500} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={nominating.fetching}>
              推荐
            </Button>
          </Form>
        </Card>
      )}
      {(village || town) && (
        <Table<NominationRow>
          rowKey="id"
          loading={list.fetching}
          dataSource={list.data?.honourNominations ?? []}
          pagination={false}
          columns={[
            { title: '荣誉', dataIndex: 'honourName' },
            { title: '村民', dataIndex: 'residentName' },
            {
              title: '星级',
              dataIndex: 'stars',
              render: (s: number | null) => (s === null ? '—' : `${s} 星`),
            },
            { title: '推荐理由', dataIndex: 'reason' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag>,
            },
            { title: '审批意见', dataIndex: 'decisionReason', render: (r: string | null) => r ?? '' },
            ...(approver
              ? [
                  {
                    title: '审批',
                    key: 'decide',
                    render: (_: unknown, n: NominationRow) =>
                      n.status === 'NOMINATED' ? (
                        <Space>
                          <Button
                            size="small"
                            aria-label={`同意${n.residentName}`}
                            onClick={() => setDeciding({ id: n.id, name: n.residentName, approve: true })}
                          >
                            同意
                          </Button>
                          <Button
                            size="small"
                            danger
                            onClick={() => setDeciding({ id: n.id, name: n.residentName, approve: false })}
                          >
                            不同意
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Space>
  );
}
