import { App, Card, Col, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDateTime, useSession } from '@village/web';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { AccountActions } from './account-actions';
import { CreateStaffAccountMutation, RevokeRoleMutation, UsersQuery } from './account-documents';
import { useAccountUnits } from './account-units';
import { CreateAccountForm } from './create-account-form';
import { GrantRoleModal } from './grant-role-modal';
import { OneTimePasswordModal } from './one-time-password-modal';

type StatusFilter = 'all' | 'active' | 'disabled' | 'locked' | 'mustChange';
const STATUS_OPTIONS = [
  { value: 'all', label: '全部状态' },
  { value: 'active', label: '正常' },
  { value: 'disabled', label: '已停用' },
  { value: 'locked', label: '锁定中' },
  { value: 'mustChange', label: '待改临时密码' },
];

interface Issued {
  username: string;
  displayName: string;
  password: string;
}

/** Staff accounts of a unit and below: roles, last login, locks; create, grant/revoke, disable/enable, unlock, reset. */
export default function UsersPage() {
  const session = useSession();
  const { modal, message } = App.useApp();
  const units = useAccountUnits();
  const canManage = session.can('USER_MANAGE');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  const [granting, setGranting] = useState<{ id: string; displayName: string } | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const paging = usePaging();
  const unit = unitId ?? units.options[0]?.value;
  const [result, refetch] = useQuery({
    query: UsersQuery,
    variables: { unitId: unit ?? '', ...paging.variables },
    pause: !unit,
  });
  const [, createAccount] = useMutation(CreateStaffAccountMutation);
  const [, revokeRole] = useMutation(RevokeRoleMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  type Row = NonNullable<typeof result.data>['users']['items'][number];
  function shown(rows: Row[]): Row[] {
    const text = search.trim().toLowerCase();
    return rows.filter((u) => {
      if (text && !u.username.toLowerCase().includes(text) && !u.displayName.includes(text)) return false;
      if (status === 'active') return !u.disabled && !u.locked;
      if (status === 'disabled') return u.disabled;
      if (status === 'locked') return u.locked;
      if (status === 'mustChange') return u.mustChangePassword;
      return true;
    });
  }

  function revoke(user: Row, role: Row['roles'][number]) {
    modal.confirm({
      title: `撤销 ${user.displayName} 在${role.orgUnit.name}的「${role.roleLabel}」角色？`,
      content: '撤销后该账号已签发的令牌立即失效，须重新登录；如需恢复须重新授予。',
      okText: '撤销',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await revokeRole({ assignmentId: role.id });
        if (outcome.error) message.error(apiErrorMessage(outcome.error));
        else reload();
      },
    });
  }

  return (
    <>
      <Typography.Title level={3}>工作人员账号</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} xl={canManage ? 17 : 24}>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label="单位"
              style={{ width: 200 }}
              loading={units.loading}
              options={units.options}
              value={unit}
              showSearch
              optionFilterProp="label"
              onChange={(v) => {
                setUnitId(v);
                paging.reset();
              }}
            />
            <Select
              aria-label="状态"
              style={{ width: 150 }}
              value={status}
              options={STATUS_OPTIONS}
              onChange={setStatus}
            />
            <Input
              aria-label="查找账号"
              placeholder="用户名或姓名"
              allowClear
              style={{ width: 180 }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Typography.Text type="secondary">状态与姓名在本页内筛选</Typography.Text>
          </Space>
          <QueryView
            result={result}
            retry={reload}
            isEmpty={(d) => d.users.total === 0}
            empty="该单位没有账号"
          >
            {(data) => (
              <Table<Row>
                rowKey="id"
                size="small"
                dataSource={shown(data.users.items)}
                pagination={paging.pagination(data.users.total)}
                locale={{ emptyText: '本页没有符合条件的账号' }}
                columns={[
                  { title: '用户名', dataIndex: 'username' },
                  { title: '姓名', dataIndex: 'displayName' },
                  { title: '归属单位', key: 'home', render: (_, u) => u.homeUnit.name },
                  {
                    title: '角色',
                    key: 'roles',
                    render: (_, u) => (
                      <Space size={[0, 4]} wrap>
                        {u.roles.map((r) => (
                          <Tag
                            key={r.id}
                            closable={canManage}
                            closeIcon={
                              canManage ? <span aria-label={`撤销 ${r.roleLabel}`}>×</span> : undefined
                            }
                            onClose={(e) => {
                              e.preventDefault();
                              revoke(u, r);
                            }}
                          >
                            {r.orgUnit.name} · {r.roleLabel}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                  {
                    title: '状态',
                    key: 'status',
                    render: (_, u) => (
                      <Space size={[0, 4]} wrap>
                        {u.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>}
                        {u.locked && <Tag color="red">锁定至 {formatDateTime(u.lockedUntil)}</Tag>}
                        {u.mustChangePassword && <Tag color="orange">待改临时密码</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: '最近登录',
                    dataIndex: 'lastLoginAt',
                    render: (v: string | null) => formatDateTime(v),
                  },
                  {
                    title: '操作',
                    key: 'actions',
                    render: (_, u) => (
                      <AccountActions
                        account={u}
                        canManage={canManage}
                        onGrant={() => setGranting(u)}
                        onIssued={setIssued}
                        onChanged={reload}
                      />
                    ),
                  },
                ]}
              />
            )}
          </QueryView>
        </Col>
        {canManage && (
          <Col xs={24} xl={7}>
            <Card size="small" title="新建工作人员账号">
              <CreateAccountForm
                units={units.options}
                onSubmit={async (values) => {
                  const outcome = await createAccount({
                    input: { ...values, password: values.password || null },
                  });
                  if (outcome.error || !outcome.data) return outcome.error ?? null;
                  const { account, oneTimePassword } = outcome.data.createStaffAccount;
                  if (oneTimePassword)
                    setIssued({
                      username: account.username,
                      displayName: account.displayName,
                      password: oneTimePassword,
                    });
                  else message.success(`已新建账号 ${account.username}`);
                  reload();
                  return null;
                }}
              />
            </Card>
          </Col>
        )}
      </Row>
      <GrantRoleModal
        account={granting}
        units={units.options}
        onClose={(granted) => {
          setGranting(null);
          if (granted) reload();
        }}
      />
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
