import { Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { ResolveAnomalyAlertDocument } from './anomalies-documents';

interface Values {
  resolution: 'VERIFIED_OK' | 'HANDLED';
  note: string;
}

/** 核实 an alert: the conclusion and what was found, appended once; the alert itself never changes. */
export function ResolveAnomalyModal(props: {
  alert: { id: string; summary: string } | null;
  onClose: (changed?: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, resolve] = useMutation(ResolveAnomalyAlertDocument);
  async function submit(v: Values) {
    setProblem(null);
    const r = await resolve({
      input: { alertId: props.alert?.id ?? '', resolution: v.resolution, note: v.note },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(true);
  }
  return (
    <FormModal<Values>
      title="核实异常提醒"
      open={Boolean(props.alert)}
      okText="保存核实结果"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => {
        setProblem(null);
        props.onClose();
      }}
      problem={problem}
      intro={<p>{props.alert?.summary}</p>}
    >
      <Form.Item name="resolution" label="核实结论" initialValue="VERIFIED_OK" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'VERIFIED_OK', label: '已核实，无问题' },
            { value: 'HANDLED', label: '已处理' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label="核实情况"
        rules={[{ required: true, whitespace: true, message: '请写明核实情况' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
