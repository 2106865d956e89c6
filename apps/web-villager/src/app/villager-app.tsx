import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { RouterProvider } from 'react-router';
import { SessionProvider, SessionStore } from '@village/web';
import { villagerRouter } from './villager-router';
import './villager.css';

const sessionStore = new SessionStore('village-resident-session');

export function VillagerApp() {
  return (
    <ConfigProvider locale={zhCN}>
      <SessionProvider store={sessionStore}>
        <RouterProvider router={villagerRouter} />
      </SessionProvider>
    </ConfigProvider>
  );
}
