import { createBrowserRouter } from 'react-router';
import { ChangePasswordPage } from '../auth/change-password-page';
import { LoginPage } from '../auth/login-page';
import { ALL_ROUTES } from '../areas/all-routes';
import { AdminLayout } from './admin-layout';
import { HomePage } from './home-page';
import { NotFoundPage, RouteGate } from './route-gate';
import { RequireSession } from './require-session';

export const adminRouter = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/change-password', element: <ChangePasswordPage forced /> },
      {
        element: <AdminLayout />,
        children: [
          { index: true, element: <HomePage /> },
          ...ALL_ROUTES.map((route) => ({ path: route.path, element: <RouteGate route={route} /> })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
