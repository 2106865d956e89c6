import type { SessionStore } from '../session/session-store';

/** The name in `Content-Disposition`: the UTF-8 `filename*` (RFC 5987) when there is one, else `filename`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

const REFUSALS: Record<number, string> = {
  401: '登录已失效，请重新登录后再导出',
  403: '您无权导出这些数据',
  404: '找不到要导出的数据，或您无权导出',
};

/** The server's Chinese message (`{code, message}`), or one by status when the body has none. */
async function refusalOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
  } catch {
    // Not JSON (a proxy's error page): say it by status.
  }
  return REFUSALS[response.status] ?? '导出失败，请稍后再试';
}

/**
 * Saves a file that only a signed-in user may have (the office exports: GET /files/dashboard/…,
 * /files/residents/…, /files/open-data/…). As with evidence (evidence-download.ts), a plain link
 * cannot carry the token: the file is fetched with it and saved from an object URL under the name the
 * server gave. A refusal throws an Error with the server's Chinese message.
 */
export async function downloadSignedIn(
  store: SessionStore,
  path: string,
  fallbackName: string,
): Promise<void> {
  const token = store.get()?.accessToken;
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(await refusalOf(response));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName,
  });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Released once the browser has taken the file (revoking at once can cancel it in some browsers).
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The addresses of the office exports, with their query parameters. */
export function dashboardXlsxPath(
  unitId: string,
  year: number,
  periodKind: string,
  periodNumber: number,
): string {
  const query = new URLSearchParams({ year: String(year), periodKind, periodNumber: String(periodNumber) });
  return `/files/dashboard/${encodeURIComponent(unitId)}.xlsx?${query}`;
}

export function openDataPath(districtId: string, year: number, format: 'csv' | 'json'): string {
  return `/files/open-data/${encodeURIComponent(districtId)}/${year}.${format}`;
}

export function residentsXlsxPath(
  villageId: string,
  filters: Record<string, string | null | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const text = query.toString();
  return `/files/residents/${encodeURIComponent(villageId)}.xlsx${text ? `?${text}` : ''}`;
}
