import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ChangePasswordDocument, useSession } from '@village/web';
import { applyApiError } from '../components/api-form';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * Change one's own password. `forced`: the account still has the temporary password an administrator
 * set, and nothing else works until it is changed (the API refuses everything else meanwhile).
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const session = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordValues>();
  const [result, changePassword] = useMutation(ChangePasswordDocument);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(values: PasswordValues) {
    setError(null);
    const outcome = await changePassword({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (outcome.error || !outcome.data) {
      setError(applyApiError(form, outcome.error));
      return;
    }
    // The old token stops working (token_version); the answer carries the new one.
    session.store.set({
      accessToken: outcome.data.changePassword.accessToken,
      mustChangePassword: outcome.data.changePassword.mustChangePassword,
    });
    form.resetFields();
    setDone(true);
    if (forced) navigate('/', { replace: true });
  }

  const card = (
    <Card style={{ maxWidth: 420 }} title={forced ? '首次登录：请设置新密码' : '修改密码'}>
      {forced && (
        <Typography.Paragraph type="secondary">
          管理员为您设置的是临时密码，设置自己的新密码后才能使用系统。
        </Typography.Paragraph>
      )}
      {done && <Alert type="success" showIcon message="密码已修改" style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="一般不少于 8 位，含大写字母、小写字母、数字、符号中的至少 3 类（以提交后的提示为准）"
          rules={[{ required: true, message: '请输入新密码' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再次输入新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={result.fetching}>
          保存新密码
        </Button>
      </Form>
    </Card>
  );
  if (!forced) return card;
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      {card}
    </div>
  );
}

export default ChangePasswordPage;
