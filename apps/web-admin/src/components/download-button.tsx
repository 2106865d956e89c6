import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { downloadSignedIn, useSession } from '@village/web';

/**
 * A button that saves an office export (a file only a signed-in cadre may have) with the session's
 * token; busy while it downloads, and the server's reason in a message when it is refused.
 */
export function DownloadButton({
  path,
  fileName,
  children,
  disabled,
}: {
  path: string;
  /** Used only if the server sends no name. */
  fileName: string;
  children: ReactNode;
  disabled?: boolean;
}) {
  const { store } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadSignedIn(store, path, fileName);
    } catch (error) {
      message.error((error as Error).message || '导出失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={() => void run()}>
      {children}
    </Button>
  );
}
