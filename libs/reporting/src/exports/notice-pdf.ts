import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { assertPrintable } from './notice-fonts';
import { drawLine, drawParagraph, LINE, measure, registerFaces, wrap, type Align } from './pdf-text';
import { checkpointLine, dateLine, GAP, hexGroups, unitLine, type PrintableNotice } from './printable-notice';

export type PaperSize = 'A4' | 'A3';

/** Portrait sheets in points; A3 (for long lists on the notice board) prints everything 1.2 times larger. */
const PAPER: Record<PaperSize, { width: number; height: number; scale: number }> = {
  A4: { width: 595.28, height: 841.89, scale: 1 },
  A3: { width: 841.89, height: 1190.55, scale: 1.2 },
};

const BORDER = '#888888';
const MUTED = '#555555';
const HEADER_FILL = '#eeeeee';
const NUMERIC = /^-?\d+(\.\d+)?$/;
const ADVICE =
  '如对公示内容有疑问，可在公示期内向村委会或村务监督委员会反映，也可向镇政府反映（村民委员会组织法第三十一条）。';

interface Metrics {
  margin: number;
  footer: number;
  unit: number;
  title: number;
  body: number;
  small: number;
  pad: number;
  qr: number;
}

function metricsFor(scale: number): Metrics {
  return {
    margin: 40 * scale,
    footer: 28 * scale,
    unit: 11 * scale,
    title: 17 * scale,
    body: 10.5 * scale,
    small: 8.5 * scale,
    pad: 5 * scale,
    qr: 104 * scale,
  };
}

/**
 * The printable notice (A4 or A3, portrait) from the logged canonical form: title block, the table with
 * its header repeated on every page, a box with the QR code of the public page, the digest in groups
 * of four and the covering checkpoint, and 第 i 页 / 共 N 页 on each page. Every Chinese character is
 * drawn with a real glyph (Noto Sans SC, else the system's Noto Sans CJK); if a character has none,
 * UnprintableTextError is thrown before anything is drawn.
 */
export async function renderNoticePdf(notice: PrintableNotice, size: PaperSize): Promise<Buffer> {
  const { content } = notice;
  assertPrintable([content.title, unitLine(content), ...content.columns, ...content.rows.flat()]);
  const paper = PAPER[size];
  const m = metricsFor(paper.scale);
  const qr = await QRCode.toBuffer(notice.publicUrl, { errorCorrectionLevel: 'M', margin: 1, width: 400 });
  const doc = new PDFDocument({
    size,
    layout: 'portrait',
    margin: 0,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    // The date it was logged, not now: the same notice gives the same document.
    info: {
      Title: content.title,
      Subject: `${unitLine(content)} 村务公开`,
      Creator: '村级契约化信用治理平台',
      CreationDate: notice.loggedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerFaces(doc);

  const left = m.margin;
  const width = paper.width - 2 * m.margin;
  const bottom = paper.height - m.margin - m.footer;
  let y = m.margin;

  // Title block (first page only).
  drawLine(doc, unitLine(content), left, y, m.unit, { width, align: 'center', color: MUTED });
  y += m.unit * LINE + m.pad;
  for (const line of wrap(content.title, width, m.title)) {
    drawLine(doc, line, left, y, m.title, { width, align: 'center' });
    y += m.title * LINE;
  }
  y += m.pad / 2;
  drawLine(doc, dateLine(content), left, y, m.body, { width, align: 'center', color: MUTED });
  y += m.body * LINE + 2 * m.pad;

  const table = tableLayout(content.columns, content.rows, width, m);
  const continuation = () => {
    doc.addPage();
    y = m.margin;
    drawLine(doc, `${content.title}（续）`, left, y, m.small, { color: MUTED });
    y += m.small * LINE + m.pad;
  };
  y = drawRow(doc, table, content.columns, left, y, m, true);
  for (const row of content.rows) {
    if (y + rowHeight(table, row, m) > bottom) {
      continuation();
      y = drawRow(doc, table, content.columns, left, y, m, true);
    }
    y = drawRow(doc, table, row, left, y, m, false);
  }
  y += m.pad;
  drawLine(doc, `共 ${content.rows.length} 行（姓名已隐去中间字）`, left, y, m.small, { color: MUTED });
  y += m.small * LINE + 2 * m.pad;

  const boxHeight = verificationHeight(notice, width, m);
  if (y + boxHeight > bottom) continuation();
  drawVerification(doc, notice, qr, left, y, width, boxHeight, m);

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const footY = paper.height - m.margin - m.small * LINE;
    drawLine(doc, `第 ${i + 1} 页 / 共 ${pages.count} 页`, left, footY, m.small, {
      width,
      align: 'center',
      color: MUTED,
    });
    drawLine(doc, `摘要 ${hexGroups(notice.digest.slice(0, 16))}…`, left, footY, m.small, { color: MUTED });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

interface TableLayout {
  widths: number[];
  aligns: Align[];
}

/**
 * Column widths from the widest cell of each column, the spare width shared out evenly; when the cells
 * are wider than the page, every column shrinks in proportion and its text wraps. Columns of numbers
 * only are right-aligned.
 */
function tableLayout(columns: string[], rows: string[][], width: number, m: Metrics): TableLayout {
  const natural = columns.map(
    (c, i) => Math.max(measure(c, m.body), ...rows.map((r) => measure(r[i] ?? '', m.body))) + 2 * m.pad + 1,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  const widths =
    total <= width
      ? natural.map((w) => w + (width - total) / columns.length)
      : natural.map((w) => (w * width) / total);
  const aligns = columns.map((_, i): Align => {
    const values = rows.map((r) => r[i] ?? '').filter((v) => v !== '');
    return values.length > 0 && values.every((v) => NUMERIC.test(v)) ? 'right' : 'left';
  });
  return { widths, aligns };
}

function cellLines(table: TableLayout, row: string[], m: Metrics): string[][] {
  return table.widths.map((w, i) => wrap(row[i] ?? '', w - 2 * m.pad, m.body));
}

function rowHeight(table: TableLayout, row: string[], m: Metrics): number {
  return Math.max(...cellLines(table, row, m).map((l) => l.length)) * m.body * LINE + 2 * m.pad;
}

/** One table row (the header when `header`), bordered; the y below it. */
function drawRow(
  doc: PDFKit.PDFDocument,
  table: TableLayout,
  row: string[],
  left: number,
  y: number,
  m: Metrics,
  header: boolean,
): number {
  const lines = cellLines(table, row, m);
  const height = rowHeight(table, row, m);
  let x = left;
  table.widths.forEach((w, i) => {
    if (header) doc.rect(x, y, w, height).fill(HEADER_FILL);
    doc.rect(x, y, w, height).lineWidth(0.5).strokeColor(BORDER).stroke();
    lines[i].forEach((line, k) =>
      drawLine(doc, line, x + m.pad, y + m.pad + k * m.body * LINE, m.body, {
        width: w - 2 * m.pad,
        align: header ? 'center' : table.aligns[i],
      }),
    );
    x += w;
  });
  return y + height;
}

/** The texts beside the QR code, in order: [text, is hex]. */
function verificationLines(notice: PrintableNotice): [string, boolean][] {
  return [
    [
      '核对本公示：用手机扫描二维码，免登录打开公开页面；页面显示“与系统一致”，即本公示与系统登记的内容一致。',
      false,
    ],
    [`公开页面：${notice.publicUrl}`, false],
    ['内容摘要（SHA-256）：', false],
    [hexGroups(notice.digest.slice(0, 32)), true],
    [hexGroups(notice.digest.slice(32)), true],
    [`公开记录：第 ${notice.entrySeq} 条${GAP}${checkpointLine(notice)}`, false],
    [ADVICE, false],
  ];
}

function verificationHeight(notice: PrintableNotice, width: number, m: Metrics): number {
  const textWidth = width - m.qr - 4 * m.pad;
  const text = verificationLines(notice).reduce(
    (h, [line, hex]) => h + (hex ? 1 : wrap(line, textWidth, m.small).length) * m.small * LINE,
    0,
  );
  return Math.max(m.qr, text) + 2 * m.pad;
}

function drawVerification(
  doc: PDFKit.PDFDocument,
  notice: PrintableNotice,
  qr: Buffer,
  left: number,
  y: number,
  width: number,
  height: number,
  m: Metrics,
): void {
  doc.rect(left, y, width, height).lineWidth(0.75).strokeColor(BORDER).stroke();
  doc.image(qr, left + m.pad, y + (height - m.qr) / 2, { width: m.qr, height: m.qr });
  const x = left + m.qr + 3 * m.pad;
  const textWidth = width - m.qr - 4 * m.pad;
  let ty = y + m.pad;
  for (const [line, hex] of verificationLines(notice)) {
    if (hex) {
      // Group by group on a fixed pitch: a plain space in this face is too narrow to read groups by.
      const pitch = measure('0000', m.small) + m.small * 0.9;
      line.split(' ').forEach((g, i) => drawLine(doc, g, x + 2 * m.pad + i * pitch, ty, m.small));
      ty += m.small * LINE;
    } else {
      ty += drawParagraph(doc, line, x, ty, textWidth, m.small);
    }
  }
}
