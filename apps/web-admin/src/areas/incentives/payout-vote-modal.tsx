import { DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { RecordPayoutVoteDocument } from './payout-documents';

interface VoteValues {
  votedOn: Dayjs;
  expected: number;
  present: number;
  inFavour: number;
  against: number;
  abstained: number;
  note?: string;
}

const HEADS = [
  ['expected', '应到'],
  ['present', '实到'],
  ['inFavour', '赞成'],
  ['against', '反对'],
  ['abstained', '弃权'],
] as const;

/** 录入表决结果: the meeting's head count and votes; the API decides 通过 or 未通过 from them. */
export function PayoutVoteModal(props: { planId: string; open: boolean; onClose: (voted: boolean) => void }) {
  const [form] = Form.useForm<VoteValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [voting, vote] = useMutation(RecordPayoutVoteDocument);

  async function submit(v: VoteValues) {
    setProblem(null);
    const r = await vote({
      input: {
        planId: props.planId,
        votedOn: v.votedOn.format('YYYY-MM-DD'),
        expected: v.expected,
        present: v.present,
        inFavour: v.inFavour,
        against: v.against,
        abstained: v.abstained,
        note: v.note?.trim() || null,
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(true);
  }

  return (
    <FormModal
      title="录入党员和村民代表会议表决结果"
      open={props.open}
      okText="保存表决结果"
      busy={voting.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose(false)}
      problem={problem}
      intro={
        <p>
          到会人数达到应到人数的三分之二、且赞成票超过到会人数的一半为通过；未通过的方案作废，可重新起草。
        </p>
      }
      modal={{ afterOpenChange: (open) => open && form.setFieldsValue({ votedOn: dayjs(), abstained: 0 }) }}
    >
      <Form.Item name="votedOn" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
        <DatePicker />
      </Form.Item>
      <Space wrap>
        {HEADS.map(([name, label]) => (
          <Form.Item
            key={name}
            name={name}
            label={`${label}（人）`}
            rules={[{ required: true, message: `请填写${label}人数` }]}
          >
            <InputNumber min={0} max={10000} precision={0} style={{ width: 100 }} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="note" label="会议记录摘要（可选）">
        <Input.TextArea maxLength={300} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
