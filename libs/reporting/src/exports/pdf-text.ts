import { charWidth, faceOf, fallbackFace, primaryFace, textRuns, type FaceName } from './notice-fonts';

type Doc = PDFKit.PDFDocument;
export type Align = 'left' | 'right' | 'center';

/** Line height as a multiple of the font size (CJK text needs more air than Latin). */
export const LINE = 1.4;

/**
 * Makes the process's two open faces available to one document under their face names. pdfkit accepts
 * an open fontkit font (anything with `layout`) though its types list only files and buffers; it embeds
 * a subset of the glyphs the document uses, and only of a face the document uses at all.
 */
export function registerFaces(doc: Doc): void {
  const asSource = (name: FaceName) => faceOf(name).font as unknown as PDFKit.Mixins.PDFFontSource;
  doc.registerFont('primary', asSource('primary'));
  if (fallbackFace()) doc.registerFont('fallback', asSource('fallback'));
}

/** Width of `text` in points at `size`, across the faces that print it. */
export function measure(text: string, size: number): number {
  let width = 0;
  for (const run of textRuns(text)) for (const ch of run.text) width += charWidth(run.face, ch);
  return width * size;
}

/**
 * `text` broken into lines no wider than `width`: between any two characters (Chinese breaks anywhere),
 * but at a space when a Latin word would otherwise be cut.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const run of textRuns(text)) {
    for (const ch of run.text) {
      const w = charWidth(run.face, ch) * size;
      if (line && lineWidth + w > width) {
        const space = line.lastIndexOf(' ');
        const cut = /[\x21-\x7e]/.test(ch) && space > 0 ? space : line.length;
        lines.push(line.slice(0, cut).trimEnd());
        line = line.slice(cut).trimStart();
        lineWidth = line ? measure(line, size) : 0;
        if (!line && ch === ' ') continue;
      }
      line += ch;
      lineWidth += w;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * One line of text with its top at `y`, each run in its own face on one shared baseline (the faces'
 * ascents differ, so placing each run's top at `y` would lift or drop the fallback characters).
 */
export function drawLine(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  size: number,
  options: { width?: number; align?: Align; color?: string } = {},
): void {
  const width = measure(text, size);
  const box = options.width ?? width;
  let cx =
    options.align === 'right' ? x + box - width : options.align === 'center' ? x + (box - width) / 2 : x;
  const baseline = baselineOf(y, size);
  doc.fillColor(options.color ?? '#000000');
  for (const run of textRuns(text)) {
    doc
      .font(run.face)
      .fontSize(size)
      .text(run.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic' });
    for (const ch of run.text) cx += charWidth(run.face, ch) * size;
  }
}

/** Wrapped text from `y`; the height it took. */
export function drawParagraph(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  color?: string,
): number {
  const lines = wrap(text, width, size);
  lines.forEach((line, i) => drawLine(doc, line, x, y + i * size * LINE, size, { color }));
  return lines.length * size * LINE;
}

/** The baseline of a line whose top is at `y`: Noto Sans SC's ascent below it, whatever face prints. */
function baselineOf(y: number, size: number): number {
  const primary = primaryFace().font;
  return y + (primary.ascent / primary.unitsPerEm) * size;
}
