import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@village/web';
import { Loading } from '../components/query-state';
import { LoginPage } from '../pages/login-page';
import { TabLayout } from './tab-layout';

const PublicNoticePage = lazy(() => import('../public/public-notice-page'));
import { VILLAGER_SCREENS, VILLAGER_TABS, type VillagerTab } from './villager-tabs';

export { Loading };

function RequireResident() {
  const session = useSession();
  const location = useLocation();
  if (!session.stored)
    return <Navigate to={`/login?from=${encodeURIComponent(location.pathname)}`} replace />;
  // A temporary password set by the village: the API accepts nothing else until it is changed.
  if (session.stored.mustChangePassword && location.pathname !== '/password')
    return <Navigate to="/password" replace />;
  // Not waiting for `me`: each screen asks for its own data at once, in parallel with it (a round trip
  // less on a slow network); the few words that use the account's name fill in when it arrives.
  return <Outlet />;
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
    // 村务公开: read by anyone, from the QR code on the paper notice, without an account.
    {
      path: '/public/:id',
      element: (
        <Suspense fallback={<Loading />}>
          <PublicNoticePage />
        </Suspense>
      ),
    },
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
