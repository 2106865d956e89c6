import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '@village/web';
import { visibleRouteGroups } from './visible-routes';

const { Header, Sider, Content } = Layout;

export function AdminLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const groups = visibleRouteGroups(session);
  const me = session.me;
  if (!me) return null; // RequireSession renders nothing below it without a user
  const unitNames = [...new Set(me.roles.map((r) => r.orgUnit.name))].join('、');

  const items = [
    { key: '/', label: '工作台' },
    ...groups.map((g) => ({
      type: 'group' as const,
      key: g.group,
      label: g.label,
      children: g.routes.map((r) => ({ key: r.path, label: r.title })),
    })),
  ];
  const selected = groups
    .flatMap((g) => g.routes)
    .map((r) => r.path)
    .filter((path) => location.pathname === path || location.pathname.startsWith(path + '/'))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={208}
        theme="light"
        breakpoint="lg"
        collapsedWidth={0}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: '16px 20px', fontWeight: 600, color: '#c8102e' }}>契约化+信用 治理平台</div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={[selected ?? '/']}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'flex-end',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size="middle">
            <Typography.Text>
              <UserOutlined /> {me.displayName}（{unitNames}）
            </Typography.Text>
            <Button
              icon={<LogoutOutlined />}
              onClick={async () => {
                await session.logout();
                navigate('/login', { replace: true });
              }}
            >
              退出登录
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 24 }}>
          <main>
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
