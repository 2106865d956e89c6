/**
 * The printable notice of a published artefact (GET /files/public/<id>.pdf?size=A4|A3 and .xlsx): no
 * token needed, the artefact is public; a plain link, so the browser saves it under its Chinese name.
 */
export function publicNoticePdfUrl(artefactId: string, size: 'A4' | 'A3' = 'A4'): string {
  return `/files/public/${encodeURIComponent(artefactId)}.pdf?size=${size}`;
}

export function publicNoticeXlsxUrl(artefactId: string): string {
  return `/files/public/${encodeURIComponent(artefactId)}.xlsx`;
}
