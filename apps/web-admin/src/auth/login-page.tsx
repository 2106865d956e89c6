import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { CombinedError } from 'urql';
import { apiErrorMessage, useSession } from '@village/web';

interface LoginValues {
  username: string;
  password: string;
}

/** Where to go after signing in: only a path of this app (never another site named in the link). */
function safeReturnPath(from: string | null): string {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = safeReturnPath(params.get('from'));

  if (session.stored && !busy) return <Navigate to={from} replace />;

  async function submit(values: LoginValues) {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await session.login(values.username.trim(), values.password);
      navigate(signedIn.mustChangePassword ? '/change-password' : from, { replace: true });
    } catch (e) {
      setError(apiErrorMessage(e as CombinedError) ?? '登录失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          村级“契约化+信用”治理平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          区、镇、村干部与审计人员登录
        </Typography.Paragraph>
        {params.get('from') && !error && (
          <Alert
            type="info"
            showIcon
            message="请先登录（登录已过期或尚未登录）"
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginValues> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
