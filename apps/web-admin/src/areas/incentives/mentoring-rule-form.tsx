import { Alert, Button, Card, Form, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import { SetMentoringRuleDocument } from './cases-documents';

interface RuleValues {
  by: 'STARS' | 'PERCENT';
  maxStars?: number | null;
  bottomPercent?: number | null;
}

/**
 * How the village picks its one-on-one mentoring cases when a year becomes final: villagers at or below
 * a number of stars, or the bottom share by credit score. Saving adds a new rule (the latest applies);
 * it takes effect for the years opened after it.
 */
export function MentoringRuleForm({ villageId }: { villageId: string }) {
  const [form] = Form.useForm<RuleValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [state, save] = useMutation(SetMentoringRuleDocument);
  const by = Form.useWatch('by', form) ?? 'STARS';

  async function finish(v: RuleValues) {
    setProblem(null);
    setSaved(null);
    const stars = v.by === 'STARS';
    const res = await save({
      input: {
        villageId,
        maxStars: stars ? (v.maxStars ?? null) : null,
        bottomPercent: stars ? null : (v.bottomPercent ?? null),
      },
    });
    if (res.error) return setProblem(applyApiError(form, res.error));
    const rule = res.data?.setMentoringRule;
    setSaved(
      rule?.maxStars != null
        ? `已保存：年度总评星级不高于 ${rule.maxStars} 星的村民列为帮扶对象`
        : `已保存：积分排名后 ${rule?.bottomPercent ?? ''}% 的村民列为帮扶对象`,
    );
  }

  return (
    <Card title="一对一帮扶对象的确定办法" size="small">
      <p style={{ marginTop: 0 }}>
        年度总评最终确定时按此办法启动一对一帮扶；本村未另行设定时，默认星级不高于 1 星的村民列为帮扶对象。
      </p>
      <ProblemAlert problem={problem} />
      {saved && <Alert type="success" showIcon title={saved} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="inline"
        onFinish={finish}
        initialValues={{ by: 'STARS', maxStars: 1, bottomPercent: 10 }}
      >
        <Form.Item name="by" label="确定办法">
          <Radio.Group
            options={[
              { value: 'STARS', label: '按星级' },
              { value: 'PERCENT', label: '按积分排名' },
            ]}
          />
        </Form.Item>
        {by === 'STARS' ? (
          <Form.Item
            name="maxStars"
            label="星级不高于（0–5 星）"
            rules={[{ required: true, message: '请填写星级' }]}
          >
            <InputNumber min={0} max={5} precision={0} />
          </Form.Item>
        ) : (
          <Form.Item
            name="bottomPercent"
            label="排名后百分之几（1–50）"
            rules={[{ required: true, message: '请填写百分比' }]}
          >
            <InputNumber min={1} max={50} precision={0} suffix="%" />
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={state.fetching}>
            保存办法
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
