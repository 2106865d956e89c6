import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import type { Role } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { ROLE_LABELS, optionsOf } from '../../components/rulebook-labels';
import type { UnitOption } from './account-units';

export interface NewAccountValues {
  displayName: string;
  username: string;
  role: Role;
  unitId: string;
  password: string;
}

/** Staff roles an account can be created with (residents get logins from their record instead). */
const STAFF_ROLES = optionsOf(ROLE_LABELS).filter((o) => o.value !== 'RESIDENT');

/**
 * A new staff account: name, username, first role and its unit. Without a password the API issues a
 * temporary one, shown once. A refusal keeps what was typed and marks the refused fields.
 */
export function CreateAccountForm({
  units,
  onSubmit,
}: {
  units: UnitOption[];
  /** Resolves with the API's error, or null when created. */
  onSubmit: (values: NewAccountValues) => Promise<CombinedError | null>;
}) {
  const [form] = Form.useForm<NewAccountValues>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(values: NewAccountValues) {
    setSaving(true);
    const failure = await onSubmit({ ...values, password: values.password ?? '' });
    setSaving(false);
    setError(applyApiError(form, failure));
    if (!failure) form.resetFields();
  }

  return (
    <Form
      name="create-account"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ displayName: '', username: '', password: '', unitId: undefined, role: undefined }}
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请输入姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        label="用户名"
        name="username"
        rules={[
          { required: true, message: '请输入用户名' },
          { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '用户名为 3–64 位字母、数字、点、下划线或连字符' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={STAFF_ROLES} />
      </Form.Item>
      <Form.Item
        label="归属单位（也是角色的授予单位）"
        name="unitId"
        rules={[{ required: true, message: '请选择单位' }]}
      >
        <Select options={units} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item label="初始密码（可不填）" name="password" extra="不填则由系统生成临时密码，只显示一次">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        新建账号
      </Button>
    </Form>
  );
}
