import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { SampleFinding } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';

export interface SampleRow {
  id: string;
  position: number;
  residentName: string;
  subjectTypes: string[];
  drawnAt: string;
  finding: SampleFinding | null;
  findingNote: string | null;
}

const RecordSampleFindingMutation = graphql(`
  mutation TownRecordSampleFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {
    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {
      id
      finding
    }
  }
`);

/** Records the finding for one sampled person; it cannot be changed afterwards, so the dialog says so. */
export function SampleFindingModal({
  sample,
  onClose,
}: {
  sample: SampleRow | null;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<{ finding: SampleFinding; note: string }>();
  const finding = Form.useWatch('finding', form);
  const [result, record] = useMutation(RecordSampleFindingMutation);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values || !sample) return;
    const outcome = await record({ sampleId: sample.id, finding: values.finding, note: values.note || null });
    setError(applyApiError(form, outcome.error));
    if (!outcome.error) onClose(true);
  }

  return (
    <Modal
      open={sample !== null}
      title={`审查结论：${sample?.residentName ?? ''}`}
      okText="记录结论"
      cancelText="取消"
      onOk={save}
      confirmLoading={result.fetching}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title="结论记录后不能修改。" style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ note: '' }}>
        <Form.Item label="结论" name="finding" rules={[{ required: true, message: '请选择结论' }]}>
          <Radio.Group>
            <Radio value="CONFIRMED">审查无误</Radio>
            <Radio value="QUESTIONED">存在疑问</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label="情况说明"
          name="note"
          rules={[{ required: finding === 'QUESTIONED', message: '存在疑问时须写明情况' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
