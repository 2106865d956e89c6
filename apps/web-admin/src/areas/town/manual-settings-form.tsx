import { Alert, Button, Col, Form, Input, InputNumber, Row } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { UpdateManualSettingsMutation } from './manual-documents';

export interface ManualSettingsValues {
  title: string;
  registrationDays: number;
  lateEntryDays: number;
  noticeDays: number;
  objectionAnswerWorkingDays: number;
  villageMaxItemPoints: number;
  villageMaxPositiveItems: number;
  villageMaxNegativeItems: number;
}

const FIELDS: [keyof ManualSettingsValues, string, string?][] = [
  ['registrationDays', '每月最后几天为登记日'],
  ['lateEntryDays', '补录期限（天）', '事项发生后几天内可申报或登记'],
  ['noticeDays', '公示天数'],
  ['objectionAnswerWorkingDays', '异议答复期限（工作日）'],
  ['villageMaxItemPoints', '村自定事项单项分值上限', '超出需镇审批'],
  ['villageMaxPositiveItems', '村自定加分项数量上限', '超出需镇审批'],
  ['villageMaxNegativeItems', '村自定扣分项数量上限', '超出需镇审批'],
];

/** The manual's calendar and the villages' limits (updateManualSettings); refused values show on their fields. */
export function ManualSettingsForm({
  manualId,
  initial,
  editable,
  onSaved,
}: {
  manualId: string;
  initial: ManualSettingsValues;
  editable: boolean;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ManualSettingsValues>();
  const [result, update] = useMutation(UpdateManualSettingsMutation);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(values: ManualSettingsValues) {
    const outcome = await update({ input: { manualId, ...values } });
    setError(applyApiError(form, outcome.error));
    setSaved(!outcome.error);
    if (!outcome.error) onSaved();
  }

  return (
    <Form
      name="manual-settings"
      form={form}
      layout="vertical"
      initialValues={initial}
      disabled={!editable}
      onFinish={submit}
      onValuesChange={() => setSaved(false)}
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      {saved && <Alert type="success" showIcon title="设置已保存" style={{ marginBottom: 12 }} />}
      <Form.Item label="标题" name="title" rules={[{ required: true, message: '请输入标题' }]}>
        <Input style={{ maxWidth: 480 }} />
      </Form.Item>
      <Row gutter={12}>
        {FIELDS.map(([name, label, extra]) => (
          <Col key={name} xs={12} md={8}>
            <Form.Item
              label={label}
              name={name}
              extra={extra}
              rules={[{ required: true, message: `请输入${label}` }]}
            >
              <InputNumber
                min={0}
                precision={name === 'villageMaxItemPoints' ? 2 : 0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {editable && (
        <Button type="primary" htmlType="submit" loading={result.fetching}>
          保存设置
        </Button>
      )}
    </Form>
  );
}
