import { Button, Form, Input, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ChangePasswordDocument, useSession } from '@village/web';
import { applyApiError } from '../components/apply-api-error';
import { PageHeader } from '../components/page-header';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** 修改密码; also where a temporary password set by the village must be replaced before anything else. */
export default function ChangePasswordPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [state, change] = useMutation(ChangePasswordDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const mustChange = session.stored?.mustChangePassword ?? false;

  async function submit(v: Values) {
    setProblem(null);
    const result = await change({
      input: { currentPassword: v.currentPassword, newPassword: v.newPassword },
    });
    if (result.error || !result.data) {
      if (result.error)
        setProblem(
          applyApiError(form, result.error, {
            currentPassword: 'currentPassword',
            newPassword: 'newPassword',
          }),
        );
      return;
    }
    // Every earlier token is now void: keep the new one.
    session.store.set({
      accessToken: result.data.changePassword.accessToken,
      mustChangePassword: result.data.changePassword.mustChangePassword,
    });
    Toast.show({ content: '密码已修改', icon: 'success' });
    navigate('/', { replace: true });
  }

  return (
    <>
      <PageHeader title="修改密码" back={mustChange ? undefined : '/me'} />
      {mustChange && (
        <NoticeBar wrap color="alert" content="您用的是村里给的临时密码，请先设置自己的新密码。" />
      )}
      {problem && (
        <div role="alert" style={{ margin: '8px 0' }}>
          <NoticeBar content={problem} color="error" wrap />
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: Values) => void submit(v)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={state.fetching}>
            确认修改
          </Button>
        }
      >
        <Form.Item
          name="currentPassword"
          label="现在的密码"
          rules={[{ required: true, message: '请输入现在的密码' }]}
        >
          <Input type="password" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码（至少 8 位）"
          rules={[
            { required: true, message: '请输入新密码' },
            { min: 8, message: '新密码至少 8 位' },
          ]}
        >
          <Input type="password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label="再输一遍新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再输一遍新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, v?: string) => {
                if (v && v !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一样');
              },
            }),
          ]}
        >
          <Input type="password" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </>
  );
}
