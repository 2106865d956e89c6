import { Alert, Button, Modal, Typography } from 'antd';

/**
 * The temporary password the API returns once: shown large, copyable, with what to do with it. After
 * this dialog closes nobody can see it again (a new one needs a password reset).
 */
export function OneTimePasswordModal({
  issued,
  onClose,
}: {
  issued: { username: string; displayName: string; password: string } | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={issued !== null}
      title="临时密码（仅显示这一次）"
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
    >
      {issued && (
        <>
          <Typography.Paragraph>
            账号 <Typography.Text strong>{issued.username}</Typography.Text>（{issued.displayName}
            ）的临时密码：
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: issued.password, tooltips: ['复制', '已复制'] }}
            style={{
              fontSize: 24,
              fontFamily: 'monospace',
              letterSpacing: 2,
              background: '#fafafa',
              padding: '8px 12px',
            }}
            data-testid="one-time-password"
          >
            {issued.password}
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title="关闭后无法再次查看"
            description="请当面或通过安全渠道转交本人；对方首次登录后须修改密码。遗失只能重置密码。"
          />
        </>
      )}
    </Modal>
  );
}
