import { TabBar } from 'antd-mobile';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { VILLAGER_TABS } from './villager-tabs';

/** The phone layout: the screen, and the tab bar at the bottom within reach of a thumb. */
export function TabLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = VILLAGER_TABS.map((t) => t.path)
    .filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <>
      <main className="page">
        <Outlet />
      </main>
      <nav className="tab-bar" aria-label="底部导航">
        <TabBar activeKey={active ?? null} onChange={(key) => navigate(key)} safeArea>
          {VILLAGER_TABS.map((tab) => (
            <TabBar.Item key={tab.path} title={tab.title} />
          ))}
        </TabBar>
      </nav>
    </>
  );
}
