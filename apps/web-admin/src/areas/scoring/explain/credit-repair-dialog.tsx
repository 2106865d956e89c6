import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../../components/api-form';
import { ScoringRepairCreditDocument } from './resident-score-documents';

/**
 * Credit repair (信用修复) of a standing direct judgement: the credit council writes the reason (what the
 * person put right); the API reverses the judgement and records its item's fixed deduction instead.
 */
export function CreditRepairDialog({
  entry,
  onClose,
  onRepaired,
}: {
  entry: { id: string; itemCode: string; itemName: string };
  onClose(): void;
  onRepaired(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, repair] = useMutation(ScoringRepairCreditDocument);
  return (
    <Modal
      open
      title={`信用修复：${entry.itemCode} ${entry.itemName}`}
      okText="确认修复"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={sending.fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        message="修复后该直接认定不再限制等次或星级，改记该事项规定的固定扣分；同一认定只能修复一次。"
        style={{ marginBottom: 12 }}
      />
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const result = await repair({ input: { entryId: entry.id, reason: v.reason.trim() } });
          if (result.error) setFailure(applyApiError(form, result.error));
          else {
            message.success(`已修复，改记 ${result.data?.repairCredit.points} 分`);
            onRepaired();
            onClose();
          }
        }}
      >
        <Form.Item
          name="reason"
          label="修复理由（整改情况）"
          rules={[{ required: true, whitespace: true, message: '请写明修复理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
