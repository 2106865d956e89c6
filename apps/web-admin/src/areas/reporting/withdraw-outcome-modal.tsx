import { Form, Input } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { CorrectOutcomeDocument } from './outcomes-documents';

/** 撤回 a record entered in error: a withdrawal is a correction that counts for nothing. */
export function WithdrawOutcomeModal(props: {
  recordId: string | null;
  onClose: (changed?: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, correct] = useMutation(CorrectOutcomeDocument);
  async function submit(v: { reason: string }) {
    setProblem(null);
    const r = await correct({ input: { recordId: props.recordId ?? '', reason: v.reason, withdraw: true } });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(true);
  }
  return (
    <FormModal
      title="撤回记录"
      open={Boolean(props.recordId)}
      okText="撤回"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose()}
      problem={problem}
      intro="撤回后该记录不再计入看板，原记录与撤回原因保留可查。"
      modal={{ okButtonProps: { danger: true } }}
    >
      <Form.Item name="reason" label="撤回原因" rules={[{ required: true, message: '请写明撤回原因' }]}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
