import { Button, Result, Spin } from 'antd';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { useSession } from '@village/web';
import type { AdminRoute } from '../areas/admin-route';

/** A screen behind its permissions, loaded on first visit (each screen is its own chunk). */
export function RouteGate({ route }: { route: AdminRoute }) {
  const session = useSession();
  const allowed = route.permissions.length === 0 || route.permissions.some((p) => session.can(p));
  if (!allowed) {
    return (
      <Result
        status="403"
        title="无权访问"
        subTitle={`“${route.title}”不在您的角色权限之内。`}
        extra={<Link to="/">返回工作台</Link>}
      />
    );
  }
  const Page = route.page;
  return (
    <Suspense
      fallback={
        <Spin style={{ display: 'block', margin: '64px auto' }} tip="正在加载…">
          <div />
        </Spin>
      }
    >
      <Page />
    </Suspense>
  );
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="地址可能有误，或该页面已移动。"
      extra={
        <Button type="primary">
          <Link to="/">返回工作台</Link>
        </Button>
      }
    />
  );
}
