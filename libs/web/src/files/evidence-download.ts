import { useEffect, useState } from 'react';
import type { SessionStore } from '../session/session-store';

/**
 * Evidence is served only with the viewer's token (GET /files/evidence/:id checks who asks), which an
 * <img src> cannot send: the file is fetched with the token and shown from an object URL, released
 * when the component goes away.
 */
export function useEvidenceObjectUrl(
  store: SessionStore,
  fileId: string | null,
): { url: string | null; error: string | null } {
  const [state, setState] = useState<{ url: string | null; error: string | null }>({
    url: null,
    error: null,
  });
  useEffect(() => {
    if (!fileId) return;
    let url: string | null = null;
    let cancelled = false;
    const token = store.get()?.accessToken;
    fetch(`/files/evidence/${encodeURIComponent(fileId)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(response.status === 404 ? '文件不存在或无权查看' : '文件加载失败');
        const blob = await response.blob();
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setState({ url, error: null });
      })
      .catch((error: Error) => !cancelled && setState({ url: null, error: error.message || '文件加载失败' }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [store, fileId]);
  return state;
}
