import type { PreviewBenchSize, SeededTown } from './preview-seed';

/** Medians of the rounds (ms), and every run. */
export interface Timed {
  sql: number;
  tallyRead: number;
  preview: number;
  people: number;
  all: Record<'sql' | 'tallyRead' | 'preview' | 'people', number[]>;
}

/** What the preview found, for the text (and checked against the tally path before it is written). */
export interface PreviewFigures {
  people: number;
  rescoredEntries: number;
  scoreChangedPeople: number;
  changedPeople: number;
  changedItems: string[];
  sqlRows: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The README's figure (between the preview-bench markers), rewritten by each run. */
export function previewSection(r: {
  date: string;
  machine: string;
  size: PreviewBenchSize;
  rounds: number;
  town: SeededTown;
  figures: PreviewFigures;
  timed: Timed;
  loadBefore: number;
  loadAfter: number;
  rerun: string;
}): string {
  const { timed: t, figures: f, town } = r;
  const runs = (name: keyof Timed['all']) => t.all[name].map((x) => Math.round(x)).join(' / ');
  return [
    '<!-- preview-bench:start -->',
    '',
    `What-if preview, ${r.date}: one town of ${n(r.size.villages)} villages × ${n(r.size.residentsPerVillage)} residents ` +
      `(${n(f.people)} graded), a year (${r.size.year}) of ${n(town.entries)} ledger entries drawn over the demo's ` +
      'framework, 宋村镇 manual and 大泽头村 list (fixed, ranged, level, per-unit and banded items, caps, one reversal ' +
      `in 500), and a draft manual changing ${f.changedItems.join('、')}. The preview rescored ` +
      `${n(f.rescoredEntries)} entries and changed ${n(f.scoreChangedPeople)} people's scores and ` +
      `${n(f.changedPeople)} people's grades or stars; its current figures were checked equal, village by village, ` +
      `to the year tally's own computation. Medians of ${r.rounds} interleaved rounds. ${r.machine}; load average ` +
      `${r.loadBefore} before, ${r.loadAfter} after.`,
    '',
    '| path | median | runs (ms) | preview ÷ this |',
    '| --- | ---: | --- | ---: |',
    `| hand-written SQL: the town's year summed per resident and track, one statement (superuser, ${n(f.sqlRows)} rows) | ${ms(t.sql)} | ${runs('sql')} | ${ratio(t.preview, t.sql)} |`,
    `| the year tally's read and grading, village by village, as the app role under RLS (people, sums, appraisals, lines, grades; nothing written) | ${ms(t.tallyRead)} | ${runs('tallyRead')} | ${ratio(t.preview, t.tallyRead)} |`,
    `| **\`draftPreview\`** of the town (DraftPreviewService, a town admin's context: every village now and under the draft, one read-only transaction) | **${ms(t.preview)}** | ${runs('preview')} | 1.00× |`,
    `| \`draftPreviewPeople\` of the largest village (everyone, a page of 100) | ${ms(t.people)} | ${runs('people')} | |`,
    '',
    `Rerun with \`${r.rerun}\` (\`BENCH_VILLAGES\`, \`BENCH_RESIDENTS_PER_VILLAGE\`, \`BENCH_ROUNDS\`, \`BENCH_YEAR\`; it drops and recreates the database \`village_preview_bench\`).`,
    '',
    '<!-- preview-bench:end -->',
  ].join('\n');
}
