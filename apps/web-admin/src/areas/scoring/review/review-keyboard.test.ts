import { describe, expect, it, vi } from 'vitest';
import { reviewKeyAction, type ReviewKeyHandlers } from './review-keyboard';

function handlers(overrides: Partial<ReviewKeyHandlers> = {}): ReviewKeyHandlers {
  return {
    count: 3,
    index: 1,
    setIndex: vi.fn(),
    onApprove: vi.fn(),
    onReject: vi.fn(),
    onAmend: vi.fn(),
    onEscape: vi.fn(),
    ...overrides,
  };
}

const key = (k: string, target: EventTarget | null = document.body) => ({
  key: k,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

describe('review queue keys', () => {
  it('moves with j/k and the arrows, staying inside the list', () => {
    const h = handlers();
    reviewKeyAction(key('j'), h);
    reviewKeyAction(key('ArrowUp'), h);
    expect(h.setIndex).toHaveBeenNthCalledWith(1, 2);
    expect(h.setIndex).toHaveBeenNthCalledWith(2, 0);
    const last = handlers({ index: 2 });
    reviewKeyAction(key('ArrowDown'), last);
    expect(last.setIndex).toHaveBeenCalledWith(2);
  });

  it('starts a decision with a, r and m', () => {
    const h = handlers();
    expect(reviewKeyAction(key('a'), h)).toBe(true);
    reviewKeyAction(key('r'), h);
    reviewKeyAction(key('M'), h);
    expect(h.onApprove).toHaveBeenCalledTimes(1);
    expect(h.onReject).toHaveBeenCalledTimes(1);
    expect(h.onAmend).toHaveBeenCalledTimes(1);
  });

  it('leaves letters alone while the user types in a field, but Esc still cancels', () => {
    const h = handlers();
    const field = document.createElement('textarea');
    expect(reviewKeyAction(key('a', field), h)).toBe(false);
    expect(reviewKeyAction(key('j', field), h)).toBe(false);
    expect(h.onApprove).not.toHaveBeenCalled();
    expect(h.setIndex).not.toHaveBeenCalled();
    reviewKeyAction(key('Escape', field), h);
    expect(h.onEscape).toHaveBeenCalled();
  });

  it('does nothing on an empty queue or while a dialog is open', () => {
    const empty = handlers({ count: 0 });
    expect(reviewKeyAction(key('a'), empty)).toBe(false);
    expect(empty.onApprove).not.toHaveBeenCalled();
    const dialog = handlers({ disabled: true });
    expect(reviewKeyAction(key('j'), dialog)).toBe(false);
    expect(dialog.setIndex).not.toHaveBeenCalled();
  });
});
