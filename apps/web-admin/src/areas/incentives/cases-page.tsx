import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { beijingToday, type ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import { ResidentSelect } from '../people/resident-select';
import { currentYear, useVillageScope } from '../scoring/village-scope';
import { CASE_KIND, CASE_OUTCOMES } from './case-labels';
import { MentoringRuleForm } from './mentoring-rule-form';
import { MentoringVisitsList } from './mentoring-visits-list';

const CasesDocument = graphql(`
  query IncentivesConstraintCases($villageId: ID!, $year: Int) {
    constraintCases(villageId: $villageId, year: $year) {
      id
      kind
      residentName
      basis
      deadline
      overdue
      mentorResidentId
      outcome
      outcomeText
    }
    byElections(villageId: $villageId) {
      id
      caseId
      termEnd
      status
    }
  }
`);
const OpenDocument = graphql(`
  mutation IncentivesOpenYearCases($villageId: ID!, $year: Int!) {
    openYearCases(villageId: $villageId, year: $year) {
      id
    }
  }
`);
const CloseDocument = graphql(`
  mutation IncentivesCloseCase($input: CloseConstraintCaseInput!) {
    closeConstraintCase(input: $input) {
      id
    }
  }
`);
const AssignDocument = graphql(`
  mutation IncentivesAssignMentor($input: AssignMentorInput!) {
    assignMentor(input: $input) {
      id
    }
  }
`);
const VisitDocument = graphql(`
  mutation IncentivesRecordVisit($input: RecordMentoringVisitInput!) {
    recordMentoringVisit(input: $input) {
      id
    }
  }
`);
const ElectDocument = graphql(`
  mutation IncentivesRecordByElection($input: RecordByElectionInput!) {
    recordByElection(input: $input) {
      id
    }
  }
`);

type CaseRow = ResultOf<typeof CasesDocument>['constraintCases'][number];

type Action =
  | { kind: 'close'; caseId: string; caseKind: string }
  | { kind: 'mentor'; caseId: string }
  | { kind: 'visit'; caseId: string }
  | { kind: 'elect'; byElectionId: string };

interface ActionValues {
  outcome?: string;
  text?: string;
  on?: string;
  residentId?: string;
  note?: string;
  agreedImprovement?: string;
}

/** 负面约束 (DOMAIN.md §11): the cases a final year opened, their outcomes, mentors, visits, by-elections. */
export default function CasesPage() {
  const { villageId, picker } = useVillageScope();
  const [year, setYear] = useState(currentYear() - 1);
  const [problem, setProblem] = useState<string | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<ActionValues>();
  // Bumped after a visit is recorded: the visit lists under the rows then ask the API again.
  const [visitsVersion, setVisitsVersion] = useState(0);
  const [cases, refetch] = useQuery({
    query: CasesDocument,
    variables: { villageId: villageId ?? '', year },
    pause: !villageId,
  });
  const [opening, open] = useMutation(OpenDocument);
  const [, close] = useMutation(CloseDocument);
  const [, assign] = useMutation(AssignDocument);
  const [, visit] = useMutation(VisitDocument);
  const [, elect] = useMutation(ElectDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function openYear() {
    if (!villageId) return;
    const r = await open({ villageId, year });
    setProblem(r.error ? applyApiError(null, r.error) : null);
    reload();
  }

  async function submit(v: ActionValues) {
    if (!action) return;
    const today = v.on?.trim() || beijingToday();
    const r =
      action.kind === 'close'
        ? await close({
            input: { caseId: action.caseId, outcome: v.outcome as never, text: v.text ?? '', on: today },
          })
        : action.kind === 'mentor'
          ? await assign({ input: { caseId: action.caseId, mentorResidentId: v.residentId ?? '' } })
          : action.kind === 'visit'
            ? await visit({
                input: {
                  caseId: action.caseId,
                  visitedOn: today,
                  note: v.note ?? '',
                  agreedImprovement: v.agreedImprovement ?? '',
                },
              })
            : await elect({
                input: {
                  byElectionId: action.byElectionId,
                  electedResidentId: v.residentId ?? '',
                  electedOn: today,
                },
              });
    if (r.error) return setProblem(applyApiError(form, r.error));
    setProblem(null);
    if (action.kind === 'visit') setVisitsVersion((n) => n + 1);
    setAction(null);
    form.resetFields();
    reload();
  }

  const byElections = cases.data?.byElections ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          负面约束
        </Typography.Title>
        {picker}
        <label htmlFor="cases-year">总评年度</label>
        <InputNumber id="cases-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Button type="primary" disabled={!villageId} loading={opening.fetching} onClick={openYear}>
          按 {year} 年度总评启动
        </Button>
      </Space>
      <ProblemAlert problem={problem} />
      {villageId && <MentoringRuleForm key={villageId} villageId={villageId} />}
      <Table<CaseRow>
        rowKey="id"
        loading={cases.fetching}
        dataSource={cases.data?.constraintCases ?? []}
        pagination={false}
        expandable={{
          rowExpandable: (c) => c.kind === 'MENTORING',
          expandedRowRender: (c) => (
            <MentoringVisitsList
              key={`${c.id}:${visitsVersion}`}
              caseId={c.id}
              residentName={c.residentName}
            />
          ),
        }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (k: string) => CASE_KIND[k] ?? k },
          { title: '村民', dataIndex: 'residentName' },
          { title: '依据', dataIndex: 'basis' },
          {
            title: '期限',
            dataIndex: 'deadline',
            render: (d: string | null, c: CaseRow) => (
              <Space>
                {d ?? '—'}
                {c.overdue && <Tag color="error">已逾期</Tag>}
              </Space>
            ),
          },
          {
            title: '结果',
            dataIndex: 'outcomeText',
            render: (t: string | null, c: CaseRow) => (c.outcome ? t : '办理中'),
          },
          {
            title: '操作',
            key: 'actions',
            render: (
              _: unknown,
              c: { id: string; kind: string; outcome: string | null; residentName: string },
            ) => {
              if (c.outcome) {
                const election = byElections.find((e) => e.caseId === c.id && e.status === 'OPEN');
                return election ? (
                  <Button
                    size="small"
                    onClick={() => setAction({ kind: 'elect', byElectionId: election.id })}
                  >
                    登记补选结果
                  </Button>
                ) : null;
              }
              return (
                <Space>
                  {c.kind === 'MENTORING' && (
                    <>
                      <Button size="small" onClick={() => setAction({ kind: 'mentor', caseId: c.id })}>
                        指定帮扶人
                      </Button>
                      <Button size="small" onClick={() => setAction({ kind: 'visit', caseId: c.id })}>
                        登记走访
                      </Button>
                    </>
                  )}
                  <Button
                    size="small"
                    aria-label={`登记结果：${c.residentName}`}
                    onClick={() => setAction({ kind: 'close', caseId: c.id, caseKind: c.kind })}
                  >
                    登记结果
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      <Modal
        title="办理"
        open={Boolean(action)}
        okText="保存"
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          {action?.kind === 'close' && (
            <>
              <Form.Item label="结果" name="outcome" rules={[{ required: true, message: '请选择结果' }]}>
                <Select options={CASE_OUTCOMES[action.caseKind]} />
              </Form.Item>
              <Form.Item
                label="佐证、处置决定或帮扶结果"
                name="text"
                rules={[{ required: true, whitespace: true, message: '请填写' }]}
              >
                <Input.TextArea maxLength={1000} />
              </Form.Item>
            </>
          )}
          {(action?.kind === 'mentor' || action?.kind === 'elect') && villageId && (
            <Form.Item
              label={action.kind === 'mentor' ? '帮扶人（党员或村干部）' : '当选的村民'}
              name="residentId"
              rules={[{ required: true, message: '请选择村民' }]}
            >
              <ResidentSelect villageId={villageId} />
            </Form.Item>
          )}
          {action?.kind === 'visit' && (
            <>
              <Form.Item
                label="走访情况"
                name="note"
                rules={[{ required: true, whitespace: true, message: '请填写' }]}
              >
                <Input.TextArea maxLength={1000} />
              </Form.Item>
              <Form.Item
                label="商定的改进事项"
                name="agreedImprovement"
                rules={[{ required: true, whitespace: true, message: '请填写' }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
          {action?.kind !== 'mentor' && (
            <Form.Item label="日期（YYYY-MM-DD，默认今天）" name="on">
              <Input placeholder={beijingToday()} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
