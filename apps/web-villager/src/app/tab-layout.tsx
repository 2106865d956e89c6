import { Link, Outlet, useLocation } from 'react-router';
import { TabIcon } from '../components/tab-icons';
import { VILLAGER_SCREENS, VILLAGER_TABS } from './villager-tabs';

/** The tab a path belongs to: its own, or the tab a sub-screen is reached from. */
export function activeTab(pathname: string): string | null {
  const screen = VILLAGER_SCREENS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`));
  if (screen) return screen.tab;
  const tab = VILLAGER_TABS.map((t) => t.path)
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return tab ?? null;
}

/**
 * The phone layout: the screen, and the tab bar at the bottom within reach of a thumb. The tabs are
 * plain links (not antd-mobile's TabBar, whose items are not focusable), so a keyboard or a screen
 * reader reaches them too; the current one is marked with aria-current, not by colour alone.
 */
export function TabLayout() {
  const location = useLocation();
  const active = activeTab(location.pathname);
  return (
    <>
      <main className="page">
        <Outlet />
      </main>
      <nav className="tab-bar" aria-label="底部导航">
        {VILLAGER_TABS.map((tab) => (
          <Link
            key={tab.path}
            to={tab.path}
            className={tab.path === active ? 'tab-link tab-active' : 'tab-link'}
            aria-current={tab.path === active ? 'page' : undefined}
          >
            {tab.icon && <TabIcon name={tab.icon} />}
            <span>{tab.title}</span>
          </Link>
        ))}
      </nav>
    </>
  );
}
