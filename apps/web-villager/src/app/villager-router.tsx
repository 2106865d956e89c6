import { DotLoading } from 'antd-mobile';
import { Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@village/web';
import { LoginPage } from '../pages/login-page';
import { TabLayout } from './tab-layout';
import { VILLAGER_SCREENS, VILLAGER_TABS, type VillagerTab } from './villager-tabs';

function RequireResident() {
  const session = useSession();
  const location = useLocation();
  if (!session.stored)
    return <Navigate to={`/login?from=${encodeURIComponent(location.pathname)}`} replace />;
  if (session.loading) return <Loading />;
  return <Outlet />;
}

export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center', fontSize: '1.2rem' }}>
      正在加载 <DotLoading />
    </div>
  );
}

function Screen({ tab }: { tab: VillagerTab }) {
  const Page = tab.page;
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

export const villagerRouter = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireResident />,
      children: [
        {
          element: <TabLayout />,
          children: [...VILLAGER_TABS, ...VILLAGER_SCREENS].map((tab) => ({
            path: tab.path,
            element: <Screen tab={tab} />,
          })),
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/m' },
);
