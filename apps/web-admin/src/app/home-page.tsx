import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '@village/web';
import { visibleRouteGroups } from './visible-routes';

const LEVEL_LABELS: Record<string, string> = { DISTRICT: '区', TOWN: '镇（街道）', VILLAGE: '村' };

/**
 * Each role's home: who they are and where, and the screens of their work grouped as in the menu.
 * A resident who signs in here is pointed to the phone app, which is theirs.
 */
export function HomePage() {
  const session = useSession();
  const me = session.me;
  if (!me) return null; // RequireSession renders nothing below it without a user
  const groups = visibleRouteGroups(session).filter((g) => g.group !== 'account');
  const residentOnly = me.roles.every((r) => r.role === 'RESIDENT');
  return (
    <>
      <Typography.Title level={3}>{me.displayName} · 工作台</Typography.Title>
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 24, maxWidth: 640 }}>
        {me.roles.map((r) => (
          <Descriptions.Item key={`${r.role}-${r.orgUnit.id}`} label={r.roleLabel}>
            {r.orgUnit.name}（{LEVEL_LABELS[r.orgUnit.level] ?? r.orgUnit.level}）
          </Descriptions.Item>
        ))}
      </Descriptions>
      {residentOnly && (
        <Alert
          type="info"
          showIcon
          message="村民请使用手机端"
          description={<a href="/m/">打开村民手机端，查看我的积分、申报和公示</a>}
        />
      )}
      <Row gutter={[16, 16]}>
        {groups.map((g) => (
          <Col key={g.group} xs={24} md={12} xl={8}>
            <Card title={g.label} size="small">
              <ul style={{ margin: 0, paddingLeft: 20, lineHeight: 2 }}>
                {g.routes.map((r) => (
                  <li key={r.path}>
                    <Link to={r.path}>{r.title}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
