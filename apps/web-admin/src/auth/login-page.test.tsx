import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionProvider, SessionStore } from '@village/web';
import { LoginPage } from './login-page';

function renderLogin() {
  const store = new SessionStore('test-session', window.sessionStorage);
  return render(
    <SessionProvider store={store}>
      <MemoryRouter>
        <LoginPage />
      </MemoryRouter>
    </SessionProvider>,
  );
}

describe('admin login form', () => {
  it('names the missing fields in Chinese and sends nothing', async () => {
    renderLogin();
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
  });

  it('keeps what was typed when only the password is missing', async () => {
    renderLogin();
    await userEvent.type(screen.getByLabelText('用户名'), 'dazetou-admin');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect((screen.getByLabelText('用户名') as HTMLInputElement).value).toBe('dazetou-admin');
  });
});
