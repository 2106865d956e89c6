import type { CanonicalArtefact } from '../public-notice/canonical-form';
import type { PublicArtefactView } from '../public-notice/public-notice.service';

/**
 * Everything a printed or downloaded notice shows, taken from the log entry: the canonical text as it
 * was published (not the live rows, which the verify endpoint compares with it), its digest, the
 * entry's place in the log and the checkpoint that first covered it, and the public page's address.
 */
export interface PrintableNotice {
  content: CanonicalArtefact;
  digest: string;
  entrySeq: number;
  checkpoint: { seq: number; rootHash: string } | null;
  /** `<base>/m/public/<id>?d=<first 16 hex of the digest>`: what the QR code carries. */
  publicUrl: string;
  loggedAt: Date;
}

export function printableNotice(view: PublicArtefactView, baseUrl: string): PrintableNotice {
  const { entry, checkpoint } = view;
  return {
    content: JSON.parse(entry.canonical) as CanonicalArtefact,
    digest: entry.digest,
    entrySeq: entry.seq,
    checkpoint: checkpoint ? { seq: checkpoint.seq, rootHash: checkpoint.rootHash } : null,
    publicUrl: `${baseUrl.replace(/\/+$/, '')}/m/public/${entry.artefactId}?d=${entry.digest.slice(0, 16)}`,
    loggedAt: entry.createdAt,
  };
}

/** Hex in groups of four, as printed ("3f2a 9b1c …"): easier to read aloud and compare by eye. */
export function hexGroups(hex: string, group = 4): string {
  return (hex.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ');
}

/** The unit line: 区 · 镇 · 村 (a town's honour list has no village). */
export function unitLine(content: CanonicalArtefact): string {
  return [content.district, content.town, content.village].filter(Boolean).join(' ');
}

/** "2026-01-05" → "2026 年 1 月 5 日". */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}

/** Two ideographic spaces: the gap between two facts on one printed line. */
export const GAP = '\u3000\u3000';

export function dateLine(content: CanonicalArtefact): string {
  const posted = `公示日期：${chineseDate(content.postedOn)}`;
  return content.windowEndsOn ? `${posted}${GAP}公示期至：${chineseDate(content.windowEndsOn)}` : posted;
}

export function checkpointLine(notice: PrintableNotice): string {
  return notice.checkpoint
    ? `检查点：第 ${notice.checkpoint.seq} 条，根摘要 ${hexGroups(notice.checkpoint.rootHash.slice(0, 16))}`
    : '检查点：尚未签名（请扫码在公开页面查看）';
}
