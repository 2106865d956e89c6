import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../components/form-modal';

/** The resident in charge of a grid or a household, linked to their record, or said to be missing. */
export function PersonInChargeLink({ residentId, name }: { residentId: string | null; name: string | null }) {
  return residentId ? <Link to={`/people/residents/${residentId}`}>{name}</Link> : '未设置';
}

/**
 * Choosing who is in charge (网格长 of a grid, 户主 of a household): the dialog names the current
 * one and the rule the API checks, so a refusal is no surprise.
 */
export function PersonInChargeModal({
  title,
  role,
  current,
  rule,
  busy,
  form,
  onFinish,
  onCancel,
  problem,
  children,
}: {
  /** The grid or household, or null while the dialog is closed. */
  title: string | null;
  role: string;
  current: string | null | undefined;
  rule: string;
  busy: boolean;
  form: FormInstance<{ residentId: string }>;
  onFinish: (values: { residentId: string }) => unknown;
  onCancel: () => void;
  problem: string | null;
  /** The resident select, limited to who may hold the role. */
  children: ReactNode;
}) {
  return (
    <FormModal
      title={title ? `设置${role}：${title}` : ''}
      open={title !== null}
      okText="保存"
      busy={busy}
      form={form}
      onFinish={onFinish}
      onCancel={onCancel}
      problem={problem}
    >
      <p>
        当前{role}：{current ?? '未设置'}。{rule}
      </p>
      <Form.Item label={role} name="residentId" rules={[{ required: true, message: `请选择${role}` }]}>
        {children}
      </Form.Item>
    </FormModal>
  );
}
