import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { beijingToday } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { ResidentSelect } from '../people/resident-select';
import { dateRules } from './post-dialogs';
import {
  MEMBER_KIND_OPTIONS,
  TEAM_RULE,
  teamCompositionProblem,
  type MemberKindValue,
} from './program-labels';

const SetTeamDocument = graphql(`
  mutation ProgramsSetScoringTeam($input: SetScoringTeamInput!) {
    setScoringTeam(input: $input) {
      id
    }
  }
`);

export interface TeamDraft {
  number: number;
  name: string;
  members: { kind: MemberKindValue; residentId: string; name: string }[];
}

interface Values {
  number: number;
  name: string;
  effectiveFrom: string;
  members: { kind?: MemberKindValue; residentId?: string }[];
}

/** 设置评分队伍: the whole list at once (the API replaces the list from the effective date). */
export function ScoringTeamDialog({
  villageId,
  team,
  onClose,
}: {
  villageId: string;
  team: TeamDraft | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, setTeam] = useMutation(SetTeamDocument);
  const known = team?.members.map((m) => ({ id: m.residentId, name: m.name })) ?? [];

  async function submit(v: Values) {
    const rule = teamCompositionProblem(v.members);
    if (rule) return setProblem(`${TEAM_RULE}${rule}`);
    setProblem(null);
    const r = await setTeam({
      input: {
        villageId,
        number: v.number,
        name: v.name.trim(),
        effectiveFrom: v.effectiveFrom.trim(),
        members: v.members.map((m) => ({
          kind: m.kind as MemberKindValue,
          residentId: m.residentId as string,
        })),
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    onClose(true);
  }

  return (
    <FormModal
      title={team ? `设置评分队伍：${team.name || '第 ' + team.number + ' 队'}` : ''}
      open={Boolean(team)}
      okText="保存名单"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
      intro={
        <Alert type="info" showIcon title="组成要求" description={TEAM_RULE} style={{ marginBottom: 16 }} />
      }
      modal={{
        afterOpenChange: (o) => {
          if (o && team) {
            setProblem(null);
            form.setFieldsValue({
              number: team.number,
              name: team.name,
              effectiveFrom: beijingToday(),
              members: team.members,
            });
          }
        },
        width: 720,
      }}
    >
      <Space wrap>
        <Form.Item label="队伍编号" name="number" rules={[{ required: true, message: '请填写编号' }]}>
          <InputNumber min={1} max={3} disabled />
        </Form.Item>
        <Form.Item
          label="队伍名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请输入队伍名称' }]}
        >
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="新名单生效日期" name="effectiveFrom" rules={dateRules('生效日期')}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择类别' }]}>
                  <Select
                    aria-label={`第 ${index + 1} 名成员类别`}
                    options={MEMBER_KIND_OPTIONS}
                    style={{ width: 130 }}
                    placeholder="类别"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'residentId']}
                  rules={[{ required: true, message: '请选择村民' }]}
                  style={{ width: 360 }}
                >
                  <ResidentSelect villageId={villageId} known={known} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={`移除第 ${index + 1} 名成员`}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              添加成员
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
