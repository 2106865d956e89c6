import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { SessionProvider, SessionStore } from '@village/web';
import { adminRouter } from './admin-router';

dayjs.locale('zh-cn');

const sessionStore = new SessionStore('village-admin-session');

export function AdminApp() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c8102e', borderRadius: 4 } }}>
      <AntApp>
        <SessionProvider store={sessionStore}>
          <RouterProvider router={adminRouter} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
