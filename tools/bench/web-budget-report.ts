import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FirstLoadSize } from './web-budget-sizes';
import type { UsableTiming } from './web-budget-browser';

export const WEB_BUDGET_GOALS = { villagerJsKb: 250, adminJsKb: 600, villagerUsableMs: 3000 };

export interface WebBudgetResult {
  date: string;
  rounds: number;
  admin: FirstLoadSize;
  villager: FirstLoadSize;
  baseline: FirstLoadSize;
  villagerRuns: UsableTiming[];
  baselineRuns: UsableTiming[];
}

const START = '<!-- web-budget:start -->';
const END = '<!-- web-budget:end -->';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function webBudgetParagraph(r: WebBudgetResult): string {
  const villagerMs = median(r.villagerRuns.map((x) => x.usableMs));
  const baselineMs = median(r.baselineRuns.map((x) => x.usableMs));
  const mark = (ok: boolean) => (ok ? 'within goal' : '**over goal**');
  const g = WEB_BUDGET_GOALS;
  return [
    START,
    `Web budget (\`npm run bench:web\`, ${r.date}, ${r.rounds} interleaved rounds, median; Chromium with 4× CPU`,
    'slowdown, 562.5 ms RTT / 1.6 Mbit/s, cold cache, 390 × 844 phone):',
    '',
    '| what | figure | baseline (empty React page) | ratio | goal |',
    '| --- | --- | --- | --- | --- |',
    `| villager first-load JS, gzip | ${kb(r.villager.jsGzipBytes)} kB | ${kb(r.baseline.jsGzipBytes)} kB | ${(r.villager.jsGzipBytes / r.baseline.jsGzipBytes).toFixed(2)}× | ≤ ${g.villagerJsKb} kB, ${mark(r.villager.jsGzipBytes <= g.villagerJsKb * 1024)} |`,
    `| admin first-load JS, gzip | ${kb(r.admin.jsGzipBytes)} kB | ${kb(r.baseline.jsGzipBytes)} kB | ${(r.admin.jsGzipBytes / r.baseline.jsGzipBytes).toFixed(2)}× | ≤ ${g.adminJsKb} kB, ${mark(r.admin.jsGzipBytes <= g.adminJsKb * 1024)} |`,
    `| villager "my score" usable | ${(villagerMs / 1000).toFixed(2)} s | ${(baselineMs / 1000).toFixed(2)} s | ${(villagerMs / baselineMs).toFixed(2)}× | ≤ ${g.villagerUsableMs / 1000} s, ${mark(villagerMs <= g.villagerUsableMs)} |`,
    `| bytes until usable | ${kb(median(r.villagerRuns.map((x) => x.transferredBytes)))} kB | ${kb(median(r.baselineRuns.map((x) => x.transferredBytes)))} kB | | |`,
    '',
    `CSS, gzip: villager ${kb(r.villager.cssGzipBytes)} kB, admin ${kb(r.admin.cssGzipBytes)} kB. Every run: ` +
      `villager ${r.villagerRuns.map((x) => (x.usableMs / 1000).toFixed(2)).join(' / ')} s, baseline ` +
      `${r.baselineRuns.map((x) => (x.usableMs / 1000).toFixed(2)).join(' / ')} s.`,
    END,
  ].join('\n');
}

/** Replaces the README paragraph between the markers, formatted as `npm run lint` expects. */
export function writeWebBudget(root: string, result: WebBudgetResult): void {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} paragraph`);
  writeFileSync(
    readmePath,
    readme.slice(0, start) + webBudgetParagraph(result) + readme.slice(end + END.length),
  );
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', readmePath], { stdio: 'ignore' });
}
