import { Form, Input } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { CountersignCheckpointDocument } from './reporting-documents';

interface CountersignValues {
  rootHash: string;
  statement: string;
}

/**
 * 会签检查点: the signer types (or pastes) the root hash from the printed notice they checked, so the
 * countersignature confirms what they saw, not what the screen shows.
 */
export function CountersignModal(props: { checkpointId: string | null; onClose: (signed: boolean) => void }) {
  const [form] = Form.useForm<CountersignValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [signing, sign] = useMutation(CountersignCheckpointDocument);
  async function submit(v: CountersignValues) {
    setProblem(null);
    const r = await sign({ input: { checkpointId: props.checkpointId as string, ...v } });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(true);
  }
  return (
    <FormModal
      title="会签检查点"
      open={Boolean(props.checkpointId)}
      okText="会签"
      busy={signing.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose(false)}
      problem={problem}
      intro={<p>请把张贴的公示上印的根摘要与系统核对后填入；会签记录带有您的姓名和单位，不可撤回。</p>}
    >
      <Form.Item
        name="rootHash"
        label="根摘要（64 位）"
        rules={[{ required: true, message: '请填写根摘要' }]}
      >
        <Input maxLength={64} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="statement" label="会签意见" rules={[{ required: true, message: '请填写会签意见' }]}>
        <Input.TextArea maxLength={300} rows={2} placeholder="如：已与村务公开栏张贴的公示核对一致" />
      </Form.Item>
    </FormModal>
  );
}
