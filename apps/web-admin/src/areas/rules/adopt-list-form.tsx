import { Alert, App, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { beijingToday } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { RulesAdoptScoringListDocument } from './scoring-list-documents';

interface AdoptValues {
  meetingDate: string;
  representativesInOffice: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstaining: number;
  representativesCountReason?: string;
}

/** The quorum rule, checked live as the numbers are typed (the API checks it again). */
export function quorumProblems(v: Partial<AdoptValues>): string[] {
  const problems: string[] = [];
  const inOffice = v.representativesInOffice ?? 0;
  const present = v.present ?? 0;
  if (inOffice > 0 && present * 3 < inOffice * 2)
    problems.push(`到会 ${present} 人，不足在任代表 ${inOffice} 人的三分之二`);
  if (present > 0 && (v.votesFor ?? 0) * 2 <= present)
    problems.push(`赞成 ${v.votesFor ?? 0} 票，未超过到会人数的一半`);
  const votes = (v.votesFor ?? 0) + (v.votesAgainst ?? 0) + (v.abstaining ?? 0);
  if (present > 0 && votes > present) problems.push(`票数合计 ${votes} 超过到会人数 ${present}`);
  return problems;
}

/** Recording the representatives' meeting that adopts the draft list (村民代表大会表决). */
export function AdoptListForm({ listId, version }: { listId: string; version: number }) {
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<AdoptValues>();
  const values = Form.useWatch([], form) ?? {};
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, adopt] = useMutation(RulesAdoptScoringListDocument);
  const problems = quorumProblems(values);
  const submit = async (v: AdoptValues) => {
    const ok = await confirmIrreversible(modal, {
      title: `录入表决结果并使第 ${version} 版清单生效？`,
      consequence: '通过后清单的事项冻结，本年度的登记、申报和审核都按它执行；要修改只能新建下一版再表决。',
      okText: '录入并生效',
    });
    if (!ok) return;
    setFailure(null);
    const result = await adopt({
      input: { listId, ...v, representativesCountReason: v.representativesCountReason?.trim() || null },
    });
    if (result.error) setFailure(applyApiError(form, result.error));
    else message.success('清单已通过并生效');
  };
  const number = (name: keyof AdoptValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={0} style={{ width: 120 }} />
    </Form.Item>
  );
  return (
    <Form<AdoptValues>
      form={form}
      layout="vertical"
      initialValues={{ meetingDate: beijingToday(), abstaining: 0, votesAgainst: 0 }}
      onFinish={submit}
    >
      <Typography.Paragraph>
        表决规则（《村民委员会组织法》第二十六条）：到会须达在任村民代表的<strong>三分之二以上</strong>
        ，赞成票须<strong>超过到会人数的一半</strong>。
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Space wrap>
        <Form.Item
          name="meetingDate"
          label="会议日期"
          rules={[{ required: true, message: '请填写会议日期' }]}
        >
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        {number('representativesInOffice', '在任代表人数')}
        {number('present', '到会人数')}
        {number('votesFor', '赞成票')}
        {number('votesAgainst', '反对票')}
        {number('abstaining', '弃权票')}
      </Space>
      <Form.Item name="representativesCountReason" label="在任代表人数与名册不一致的原因（一致可不填）">
        <Input maxLength={200} />
      </Form.Item>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message="按目前的数字清单不能通过"
          description={problems.join('；')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Button type="primary" danger htmlType="submit" loading={sending.fetching}>
        录入表决结果…
      </Button>
    </Form>
  );
}
