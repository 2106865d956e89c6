import { useSyncExternalStore } from 'react';

/**
 * 长辈版: large type and larger tap targets, turned on by the resident and kept on this phone
 * (localStorage) until they turn it off. It is a set of CSS variables on the page (antd-mobile's own
 * font-size variables and ours), so every screen follows without code of its own.
 */
const KEY = 'village-elder-mode';
const listeners = new Set<() => void>();

export function elderModeOn(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setElderMode(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(KEY, 'on');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
  document.documentElement.classList.toggle('elder-mode', on);
  for (const listener of listeners) listener();
}

export function applyStoredElderMode(): void {
  document.documentElement.classList.toggle('elder-mode', elderModeOn());
}

export function useElderMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => document.documentElement.classList.contains('elder-mode'),
  );
  return [on, setElderMode];
}
