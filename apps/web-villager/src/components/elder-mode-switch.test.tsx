import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyStoredElderMode } from '../app/elder-mode';
import { ElderModeSwitch } from './elder-mode-switch';

describe('长辈版 switch', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('elder-mode');
  });

  it('turns large type on, keeps it for the next visit, and off again', async () => {
    const first = render(<ElderModeSwitch />);
    const toggle = screen.getByRole('switch', { name: '长辈版（大字）' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(localStorage.getItem('village-elder-mode')).toBe('on');
    expect(document.documentElement.classList.contains('elder-mode')).toBe(true);

    // A new visit: the page starts without the class, main.tsx applies the stored choice.
    first.unmount();
    document.documentElement.classList.remove('elder-mode');
    applyStoredElderMode();
    render(<ElderModeSwitch />);
    const again = screen.getByRole('switch', { name: '长辈版（大字）' });
    expect(again.getAttribute('aria-checked')).toBe('true');

    await userEvent.click(again);
    expect(localStorage.getItem('village-elder-mode')).toBeNull();
    expect(document.documentElement.classList.contains('elder-mode')).toBe(false);
  });

  it('is reachable and usable from the keyboard', async () => {
    render(<ElderModeSwitch />);
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('role')).toBe('switch');
    await userEvent.keyboard('{Enter}');
    expect(localStorage.getItem('village-elder-mode')).toBe('on');
  });
});
