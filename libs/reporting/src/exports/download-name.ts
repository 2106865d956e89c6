import type { CanonicalArtefact } from '../public-notice/canonical-form';

/**
 * The file name a download is saved under: the village (or the town of an honour list) and the title,
 * e.g. "东沟村 2026 年第 1 季度积分及排名公示（第 1 版）（A4）.pdf", so the office's folder sorts by place.
 */
export function downloadName(content: CanonicalArtefact, extension: 'pdf' | 'xlsx', size?: string): string {
  const unit = content.village ?? content.town;
  const title = content.title.startsWith(unit) ? content.title : `${unit} ${content.title}`;
  return `${title}${size ? `（${size}）` : ''}.${extension}`;
}
