import type { App } from 'antd';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/**
 * Asks before a step that cannot be undone (publish, adopt, finalize, sign, terminate), saying what
 * stays fixed afterwards. Resolves true when the user confirms.
 */
export function confirmIrreversible(
  modal: ModalApi,
  options: { title: string; consequence: string; okText: string },
): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: options.title,
      content: `${options.consequence}此操作不可撤销。`,
      okText: options.okText,
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
