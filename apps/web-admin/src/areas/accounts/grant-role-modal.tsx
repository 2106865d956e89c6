import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { Role } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { ROLE_LABELS, optionsOf } from '../../components/rulebook-labels';
import { GrantRoleMutation } from './account-documents';
import type { UnitOption } from './account-units';

/** Grants one more role to an account, at a unit of the user's scope (the API refuses granting to oneself). */
export function GrantRoleModal({
  account,
  units,
  onClose,
}: {
  account: { id: string; displayName: string } | null;
  units: UnitOption[];
  onClose: (granted: boolean) => void;
}) {
  const [form] = Form.useForm<{ role: Role; unitId: string }>();
  const [result, grant] = useMutation(GrantRoleMutation);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values || !account) return;
    const outcome = await grant({ input: { userId: account.id, ...values } });
    setError(applyApiError(form, outcome.error));
    if (!outcome.error) onClose(true);
  }

  return (
    <Modal
      open={account !== null}
      title={`授予角色：${account?.displayName ?? ''}`}
      okText="授予"
      cancelText="取消"
      onOk={save}
      confirmLoading={result.fetching}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      {/* Named: the page's create form has the same fields, and their ids (what labels point at) must differ. */}
      <Form
        name="grant-role"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ role: undefined, unitId: undefined }}
      >
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={optionsOf(ROLE_LABELS)} />
        </Form.Item>
        <Form.Item
          label="授予单位（覆盖其下级单位）"
          name="unitId"
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <Select options={units} showSearch optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
