import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { SessionProvider, SessionStore } from '@village/web';
import { adminRouter } from './admin-router';

dayjs.locale('zh-cn');

const sessionStore = new SessionStore('village-admin-session');

// Users who ask their system for less motion (a vestibular condition, a slow office PC) get dialogs,
// menus and messages without animation: antd's motion off. The browser journeys ask for it too, so a
// dialog is open or closed, never half-way, when a step acts on it.
const reducedMotion =
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function AdminApp() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: '#c8102e', borderRadius: 4, motion: !reducedMotion } }}
    >
      <AntApp>
        <SessionProvider store={sessionStore}>
          <RouterProvider router={adminRouter} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
