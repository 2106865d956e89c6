import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ScoreRulesInput } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { UpdateFrameworkRulesMutation } from './framework-documents';

type RequiredRules = Omit<ScoreRulesInput, 'zeroStarAtOrBelow' | 'letterGrades'>;
type LetterGrade = { grade: string; min: number };
/**
 * Every rule is required but the optional ones: the 0-star floor (null: the lowest band is one star) and
 * the district's letter grades (null: the district record is not graded).
 */
type Rules = Required<{ [K in keyof RequiredRules]: NonNullable<RequiredRules[K]> }> & {
  zeroStarAtOrBelow: number | null;
  letterGrades: LetterGrade[] | null;
};

/** The rule fields in groups, each with the schema's Chinese label. */
const RULE_GROUPS: { title: string; fields: [keyof Rules, string][] }[] = [
  {
    title: '基础分',
    fields: [
      ['creditBaseScore', '居民信用积分基础分'],
      ['roleDutyBaseScore', '角色职责积分基础分'],
    ],
  },
  {
    title: '等次分数线',
    fields: [
      ['excellentMin', '优秀分数线（≥）'],
      ['qualifiedMin', '合格分数线（≥）'],
      ['basicMin', '基本合格分数线（≥）'],
      ['excellentQuotaNumerator', '优秀名额比例（分子）'],
      ['excellentQuotaDenominator', '优秀名额比例（分母）'],
    ],
  },
  {
    title: '星级（总分高于）',
    fields: [
      ['fiveStarAbove', '五星'],
      ['fourStarAbove', '四星'],
      ['threeStarAbove', '三星'],
      ['twoStarAbove', '二星（其余一星）'],
    ],
  },
  {
    title: '权重（%）',
    fields: [
      ['partyMemberCreditWeight', '党员：信用积分'],
      ['partyMemberRoleDutyWeight', '党员：角色职责积分'],
      ['representativeCreditWeight', '村民代表：信用积分'],
      ['representativeRoleDutyWeight', '村民代表：角色职责积分'],
      ['cadreCreditWeight', '村干部：信用积分'],
      ['cadreRoleDutyWeight', '村干部：角色职责积分'],
      ['massAppraisalWeight', '民主评议：群众评议（0–50）'],
      ['peerAppraisalWeight', '民主评议：同级互评（0–50）'],
    ],
  },
  {
    title: '村自定事项限额（镇操作手册只能从严）',
    fields: [
      ['villageMaxPositiveItems', '加分项至多（项）'],
      ['villageMaxNegativeItems', '扣分项至多（项）'],
      ['villageMaxItemPoints', '单项至多（分）'],
    ],
  },
];

interface FrameworkRulesValues extends Rules {
  title: string;
  maxAdjustmentPercent: number;
}

/**
 * A draft framework's score rules, title and the towns' adjustment bound (updateFrameworkRules). The
 * fields are flat, named as the API names them, so a refused value shows under its own field.
 */
export function FrameworkRulesForm({
  framework,
  editable,
  onSaved,
}: {
  framework: { id: string; title: string; maxAdjustmentPercent: number; rules: Rules };
  editable: boolean;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<FrameworkRulesValues>();
  const [result, update] = useMutation(UpdateFrameworkRulesMutation);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(values: FrameworkRulesValues) {
    const { title, maxAdjustmentPercent, zeroStarAtOrBelow, letterGrades, ...rules } = values;
    // An empty floor is sent as null: it clears the floor (the lowest band is one star again).
    const outcome = await update({
      input: {
        frameworkId: framework.id,
        title,
        maxAdjustmentPercent,
        rules: {
          ...rules,
          zeroStarAtOrBelow: zeroStarAtOrBelow ?? null,
          // The API returns bands with __typename; an empty table means no letter grades.
          letterGrades: letterGrades?.length ? letterGrades.map(({ grade, min }) => ({ grade, min })) : null,
        },
      },
    });
    setError(applyApiError(form, outcome.error));
    setSaved(!outcome.error);
    if (!outcome.error) onSaved();
  }

  return (
    <Form
      name="framework-rules"
      form={form}
      layout="vertical"
      disabled={!editable}
      onFinish={submit}
      onValuesChange={() => setSaved(false)}
      initialValues={{
        ...framework.rules,
        title: framework.title,
        maxAdjustmentPercent: framework.maxAdjustmentPercent,
      }}
    >
      {!editable && (
        <Alert
          type="info"
          showIcon
          title="已发布的框架不能修改；如需改动请新建版本。"
          style={{ marginBottom: 12 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      {saved && <Alert type="success" showIcon title="评分规则已保存" style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '请输入标题' }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label="允许镇调整分值的最大幅度（%）"
            name="maxAdjustmentPercent"
            rules={[{ required: true, message: '请输入幅度' }]}
          >
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {RULE_GROUPS.map((group) => (
        <Card key={group.title} size="small" title={group.title} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            {group.fields.map(([name, label]) => (
              <Col key={name} xs={12} md={8} xl={6}>
                <Form.Item label={label} name={name} rules={[{ required: true, message: `请输入${label}` }]}>
                  <InputNumber precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
      <Form.Item label="村自定事项超出限额时由谁审批" name="villageExceptionApprover">
        <Select
          style={{ width: 200 }}
          options={[
            { value: 'TOWN', label: '镇审批' },
            { value: 'DISTRICT', label: '区审批' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label="零星（总分不高于此分为 0 星）"
        name="zeroStarAtOrBelow"
        extra="不填：最低为一星；须低于二星分数线"
      >
        <InputNumber precision={0} style={{ width: 200 }} placeholder="不设零星" />
      </Form.Item>
      <Card size="small" title="区级信用等级（按区级信用档案分，可不设）" style={{ marginBottom: 12 }}>
        <Form.List name="letterGrades">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap aria-label={`第 ${index + 1} 个信用等级`}>
                  <Form.Item
                    name={[field.name, 'grade']}
                    label="等级"
                    rules={[{ required: true, message: '请填写等级名称' }]}
                  >
                    <Input style={{ width: 100 }} placeholder="如 AAA" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'min']}
                    label="分数线（不低于）"
                    rules={[{ required: true, message: '请填写分数线' }]}
                  >
                    <InputNumber style={{ width: 120 }} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ grade: '', min: null })}>添加信用等级</Button>
            </>
          )}
        </Form.List>
      </Card>
      <Form.Item label="允许镇操作手册停用一票否决项" name="townsMayDisableVetoItems" valuePropName="checked">
        <Switch checkedChildren="允许" unCheckedChildren="不允许" />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={result.fetching}>
          保存评分规则
        </Button>
      )}
    </Form>
  );
}
