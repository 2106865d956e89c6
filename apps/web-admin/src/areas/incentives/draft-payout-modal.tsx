import { Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiFieldErrors } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { DraftPayoutPlanDocument, PayoutPeriodsDocument } from './payout-documents';

interface DraftValues {
  periodId?: string;
  yuanPerPoint?: number;
  title?: string;
}

const periodLabel = (p: { kind: string; number: number }) =>
  p.kind === 'YEAR' ? '年度' : `第${p.number}季度`;

/** 起草发放方案: pick a final quarter or year of the village and the amount per point. */
export function DraftPayoutModal(props: {
  villageId: string;
  year: number;
  open: boolean;
  onClose: (draftedId?: string) => void;
}) {
  const [form] = Form.useForm<DraftValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [periods] = useQuery({
    query: PayoutPeriodsDocument,
    variables: { villageId: props.villageId, year: props.year },
    pause: !props.open,
  });
  const [drafting, draft] = useMutation(DraftPayoutPlanDocument);
  const finals = (periods.data?.scoringPeriods ?? []).filter(
    (p) => p.status === 'FINAL' && (p.kind === 'QUARTER' || p.kind === 'YEAR'),
  );

  async function submit(v: DraftValues) {
    setProblem(null);
    const r = await draft({
      input: {
        periodId: v.periodId as string,
        centsPerPoint: Math.round((v.yuanPerPoint ?? 0) * 100),
        title: v.title?.trim() || null,
      },
    });
    if (r.error) {
      // The API names the amount in fen (centsPerPoint); the form asks for yuan.
      const message = applyApiError(form, r.error);
      const rate = apiFieldErrors(r.error).find((f) => f.field === 'centsPerPoint');
      if (rate) form.setFields([{ name: 'yuanPerPoint', errors: rate.reasons }]);
      return setProblem(message);
    }
    form.resetFields();
    props.onClose(r.data?.draftPayoutPlan.id);
  }

  return (
    <FormModal
      title={`起草 ${props.year} 年资金发放方案`}
      open={props.open}
      okText="起草"
      busy={drafting.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose()}
      problem={problem}
      intro={
        <p>
          按所选周期已定案核算中每人的本期信用积分 × 每分金额计算，四舍五入到分；本期积分为 0
          或被一票否决者不发。起草后各行不再改动，须经党员和村民代表会议表决。
        </p>
      }
    >
      <Form.Item name="periodId" label="周期（已定案）" rules={[{ required: true, message: '请选择周期' }]}>
        <Select
          placeholder={finals.length ? '选择已定案的季度或年度' : '本年度还没有已定案的季度或年度'}
          loading={periods.fetching}
          options={finals.map((p) => ({ value: p.id, label: periodLabel(p) }))}
        />
      </Form.Item>
      <Form.Item
        name="yuanPerPoint"
        label="每分金额（元）"
        rules={[{ required: true, message: '请填写每分金额' }]}
      >
        <InputNumber min={0.01} max={1000} step={0.1} precision={2} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="title" label="方案名称（可选）">
        <Input maxLength={100} placeholder="默认：某年某季度积分奖励发放方案" />
      </Form.Item>
    </FormModal>
  );
}
