import { App, Button, Dropdown } from 'antd';
import { useMutation } from 'urql';
import { apiErrorMessage } from '@village/web';
import {
  DisableAccountMutation,
  EnableAccountMutation,
  ResetPasswordMutation,
  UnlockAccountMutation,
} from './account-documents';

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  locked: boolean;
}

/**
 * The account-level steps, each after a confirmation that says what follows (tokens end, a new
 * temporary password replaces the old one…).
 */
export function AccountActions({
  account,
  canManage,
  onGrant,
  onIssued,
  onChanged,
}: {
  account: AccountRow;
  canManage: boolean;
  onGrant: () => void;
  onIssued: (issued: { username: string; displayName: string; password: string }) => void;
  onChanged: () => void;
}) {
  const { modal, message } = App.useApp();
  const [, disable] = useMutation(DisableAccountMutation);
  const [, enable] = useMutation(EnableAccountMutation);
  const [, unlock] = useMutation(UnlockAccountMutation);
  const [, reset] = useMutation(ResetPasswordMutation);
  if (!canManage) return null;

  function confirm(
    title: string,
    content: string,
    okText: string,
    run: () => Promise<{ error?: unknown }>,
    danger = false,
  ) {
    modal.confirm({
      title,
      content,
      okText,
      cancelText: '取消',
      okButtonProps: { danger },
      onOk: async () => {
        const outcome = await run();
        if (outcome.error) message.error(apiErrorMessage(outcome.error as never));
        else onChanged();
      },
    });
  }

  const name = `${account.displayName}（${account.username}）`;
  const items = [
    { key: 'grant', label: '授予角色…' },
    account.disabled
      ? { key: 'enable', label: '启用账号…' }
      : { key: 'disable', label: '停用账号…', danger: true },
    ...(account.locked ? [{ key: 'unlock', label: '解除锁定…' }] : []),
    { key: 'reset', label: '重置密码…' },
  ];
  function onClick({ key }: { key: string }) {
    if (key === 'grant') onGrant();
    if (key === 'disable')
      confirm(
        `停用 ${name}？`,
        '停用后该账号立即无法登录，已登录的设备也会退出。可以再次启用。',
        '停用',
        () => disable({ userId: account.id }),
        true,
      );
    if (key === 'enable')
      confirm(`启用 ${name}？`, '启用后该账号可以重新登录。', '启用', () => enable({ userId: account.id }));
    if (key === 'unlock')
      confirm(
        `解除 ${name} 的锁定？`,
        '该账号因连续输错密码被锁定；解除后可立即再次尝试登录。',
        '解除锁定',
        () => unlock({ userId: account.id }),
      );
    if (key === 'reset')
      confirm(
        `重置 ${name} 的密码？`,
        '原密码立即失效，系统生成一个临时密码（只显示一次），对方登录后须修改。',
        '重置密码',
        async () => {
          const outcome = await reset({ userId: account.id });
          const issued = outcome.data?.resetPassword;
          if (issued?.oneTimePassword) {
            onIssued({
              username: issued.account.username,
              displayName: issued.account.displayName,
              password: issued.oneTimePassword,
            });
          }
          return outcome;
        },
        true,
      );
  }
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button size="small">管理 ▾</Button>
    </Dropdown>
  );
}
