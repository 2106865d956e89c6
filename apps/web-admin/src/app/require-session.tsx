import { Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@village/web';

/**
 * Signed-in screens only: without a session (or when it ran out) the login page, which brings the
 * user back here after signing in; with a temporary password, the password change first.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const here = location.pathname + location.search;
  if (!session.stored) return <Navigate to={`/login?from=${encodeURIComponent(here)}`} replace />;
  if (session.stored.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  if (session.loading) {
    return (
      <div style={{ padding: 96, textAlign: 'center' }}>
        <Spin size="large" tip="正在载入账号信息…">
          <div style={{ height: 40 }} />
        </Spin>
      </div>
    );
  }
  if (!session.stored.mustChangePassword && !session.me) {
    return <Result status="warning" title="账号信息载入失败" subTitle="请检查网络后刷新页面，或重新登录。" />;
  }
  return <Outlet />;
}
