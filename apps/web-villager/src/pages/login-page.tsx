import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { CombinedError } from 'urql';
import { apiErrorMessage, useSession } from '@village/web';
import { ElderModeSwitch } from '../components/elder-mode-switch';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = params.get('from');
  const target = from && from.startsWith('/') && !from.startsWith('//') ? from : '/';

  if (session.stored && !busy) return <Navigate to={target} replace />;

  async function submit(values: LoginValues) {
    setBusy(true);
    setError(null);
    try {
      await session.login(values.username.trim(), values.password);
      navigate(target, { replace: true });
    } catch (e) {
      setError(apiErrorMessage(e as CombinedError) ?? '登录失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <h1 style={{ textAlign: 'center', color: 'var(--village-red)', fontSize: '1.6rem' }}>我的信用积分</h1>
      <p className="muted" style={{ textAlign: 'center' }}>
        村民登录，用村里发给您的账号和密码
      </p>
      {error && (
        <div role="alert" style={{ marginBottom: 12 }}>
          <NoticeBar content={error} color="error" wrap />
        </div>
      )}
      <Form
        layout="vertical"
        onFinish={(values: LoginValues) => submit(values)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy} className="tap">
            登录
          </Button>
        }
      >
        <Form.Item name="username" label="账号" rules={[{ required: true, message: '请输入账号' }]}>
          <Input placeholder="请输入账号" autoComplete="username" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input placeholder="请输入密码" type="password" autoComplete="current-password" />
        </Form.Item>
      </Form>
      <ElderModeSwitch />
    </div>
  );
}
