import { ArtefactKind, renderNoticePdf, type PrintableNotice } from '@village/reporting';

/**
 * `npm run build:api && node dist/tools/bench/notice-pdf-bench.js [rows]`: how long the printable notice
 * takes (the first document opens the fonts; later ones reuse them) and how large it is, for a notice
 * of plain names and for one with a name that needs the fallback face (𠮷). No database.
 */
const ROWS = Number(process.argv[2] ?? 30);
const ROUNDS = 10;

function notice(rare: boolean): PrintableNotice {
  const names = ['张*明', '欧**国', '李*', '王*燕'];
  return {
    content: {
      format: 'village-notice/1',
      kind: ArtefactKind.TALLY_NOTICE,
      id: '00000000-0000-4000-8000-000000000001',
      district: '清河区',
      town: '宋村镇',
      village: '东沟村',
      title: '2026 年第 1 季度积分及排名公示（第 1 版）',
      postedOn: '2026-04-03',
      windowEndsOn: '2026-04-10',
      sourceHash: null,
      columns: ['排名组', '名次', '姓名', '信用积分', '本期信用积分', '履职积分'],
      rows: Array.from({ length: ROWS }, (_, i) => [
        '村民',
        String(i + 1),
        rare && i === 0 ? '𠮷*云' : names[i % names.length],
        (1000 + i).toFixed(2),
        '3.00',
        '0.00',
      ]),
    },
    digest: '0123456789abcdef'.repeat(4),
    entrySeq: 7,
    checkpoint: { seq: 9, rootHash: 'cd'.repeat(32) },
    publicUrl: 'http://127.0.0.1:3000/m/public/00000000-0000-4000-8000-000000000001?d=0123456789abcdef',
    loggedAt: new Date('2026-04-03T02:00:00Z'),
  };
}

async function timed(n: PrintableNotice): Promise<{ ms: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const pdf = await renderNoticePdf(n, 'A4');
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes: pdf.length };
}

async function main(): Promise<void> {
  for (const rare of [false, true]) {
    const first = await timed(notice(rare));
    const later: number[] = [];
    for (let i = 0; i < ROUNDS; i++) later.push((await timed(notice(rare))).ms);
    later.sort((a, b) => a - b);
    console.log(
      `${ROWS} rows A4${rare ? ' with 𠮷 (fallback face)' : ''}: ${(first.bytes / 1024).toFixed(0)} KB; ` +
        `first ${first.ms.toFixed(0)} ms, later median ${later[ROUNDS >> 1].toFixed(0)} ms ` +
        `(min ${later[0].toFixed(0)}, max ${later[ROUNDS - 1].toFixed(0)})`,
    );
  }
}

void main();
