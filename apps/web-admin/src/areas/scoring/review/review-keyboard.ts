import { useEffect, useRef } from 'react';

export interface ReviewKeyHandlers {
  /** How many declarations the queue shows (the current page). */
  count: number;
  index: number;
  setIndex(index: number): void;
  onApprove(): void;
  onReject(): void;
  onAmend(): void;
  /** Esc: leave the decision form and go back to the list. */
  onEscape(): void;
  /** While a dialog (a preview, a confirmation) is open, it owns the keyboard. */
  disabled?: boolean;
}

/** The queue's shortcuts, shown on screen and used by the handler below (one list for both). */
export const REVIEW_SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['J', '↓'], action: '下一条' },
  { keys: ['K', '↑'], action: '上一条' },
  { keys: ['A'], action: '通过（填分值）' },
  { keys: ['R'], action: '驳回（填理由）' },
  { keys: ['M'], action: '修正后通过' },
  { keys: ['Enter'], action: '确认' },
  { keys: ['Esc'], action: '取消，回到列表' },
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Keys for a council working through a long queue without the mouse. Letters act only when the user
 * is not typing in a field (an "a" in a reason is an "a"); Esc works everywhere. Enter is the form's
 * own submit, so it needs nothing here.
 */
export function reviewKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  handlers: ReviewKeyHandlers,
): boolean {
  if (handlers.disabled || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === 'Escape') {
    handlers.onEscape();
    return true;
  }
  if (typingIn(event.target)) return false;
  const { count, index, setIndex } = handlers;
  switch (event.key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      if (count > 0) setIndex(Math.min(count - 1, index + 1));
      return true;
    case 'k':
    case 'K':
    case 'ArrowUp':
      if (count > 0) setIndex(Math.max(0, index - 1));
      return true;
    case 'a':
    case 'A':
      if (count > 0) handlers.onApprove();
      return count > 0;
    case 'r':
    case 'R':
      if (count > 0) handlers.onReject();
      return count > 0;
    case 'm':
    case 'M':
      if (count > 0) handlers.onAmend();
      return count > 0;
    default:
      return false;
  }
}

/** Listens on the whole page while the queue is shown; the latest handlers are always used. */
export function useReviewKeyboard(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (reviewKeyAction(event, latest.current)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
