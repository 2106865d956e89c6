import { Alert, Button, Col, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { MarkdownPreview } from '../../components/markdown-preview';
import { UpdateManualSettingsMutation } from './manual-documents';

/** The village cadres' procedure (Markdown), written on the left and shown as it will read on the right. */
export function ManualProcedureEditor({
  manualId,
  procedure,
  editable,
  onSaved,
}: {
  manualId: string;
  procedure: string;
  editable: boolean;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ procedure: string }>();
  const text = Form.useWatch('procedure', form) ?? procedure;
  const [result, update] = useMutation(UpdateManualSettingsMutation);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form
          name="manual-procedure"
          form={form}
          layout="vertical"
          initialValues={{ procedure }}
          disabled={!editable}
          onValuesChange={() => setSaved(false)}
          onFinish={async (values) => {
            const outcome = await update({ input: { manualId, procedure: values.procedure } });
            setError(applyApiError(form, outcome.error));
            setSaved(!outcome.error);
            if (!outcome.error) onSaved();
          }}
        >
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
          {saved && <Alert type="success" showIcon title="操作规程已保存" style={{ marginBottom: 12 }} />}
          <Form.Item label="村干部操作规程（Markdown：# 标题、- 列表、1. 编号、**加粗**）" name="procedure">
            <Input.TextArea rows={16} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          {editable && (
            <Button type="primary" htmlType="submit" loading={result.fetching}>
              保存操作规程
            </Button>
          )}
        </Form>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Text type="secondary">预览</Typography.Text>
        <div
          style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 16px', minHeight: 200 }}
          aria-label="预览"
        >
          <MarkdownPreview source={text} />
        </div>
      </Col>
    </Row>
  );
}
