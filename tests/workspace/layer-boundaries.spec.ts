import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface Probe {
  from: string;
  imports: string;
}

/** Lints a one-line file importing `imports` as if it were in lib `from`; returns the boundary errors. */
function boundaryErrors(probes: Probe[]): string[][] {
  const texts = probes.map(({ from, imports }) => ({
    filePath: join(ROOT, 'libs', from, 'src', 'layer-probe.ts'),
    code: `import * as probe from '${imports}';\nexport const used = probe;\n`,
  }));
  const out = execFileSync('node', [join(__dirname, 'lint-probe.mjs'), JSON.stringify(texts)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return JSON.parse(out) as string[][];
}

// The rule reads Nx's project graph, which `nx show projects` writes (npm run lint does the same).
beforeAll(() => {
  execFileSync('npx', ['nx', 'show', 'projects'], { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false' } });
}, 60000);

describe('layer boundaries in lint', () => {
  const refused: Probe[] = [
    { from: 'contracts', imports: '@village/grids' }, // sibling programs
    { from: 'grids', imports: '@village/scoring' }, // programs and scoring are siblings
    { from: 'scoring', imports: '@village/grading' }, // upward: grading plugs into scoring by a port
    { from: 'rulebook', imports: '@village/scoring' }, // upward
    { from: 'residents', imports: '@village/rulebook' }, // upward
    { from: 'platform/tenancy', imports: '@village/residents' }, // the platform knows no domain
    { from: 'grading', imports: '@village/incentives' }, // upward: incentives use grading's results
  ];
  const allowed: Probe[] = [
    { from: 'scoring', imports: '@village/rulebook' },
    { from: 'grading', imports: '@village/scoring' },
    { from: 'incentives', imports: '@village/grading' },
    { from: 'contracts', imports: '@village/residents' },
    { from: 'rulebook', imports: '@village/platform-tenancy' },
  ];

  it('refuses sibling and upward imports, and lets each layer use the ones below it', () => {
    const errors = boundaryErrors([...refused, ...allowed]);
    refused.forEach((probe, i) =>
      expect({ ...probe, refused: errors[i].length > 0 }).toEqual({ ...probe, refused: true }),
    );
    allowed.forEach((probe, i) =>
      expect({ ...probe, errors: errors[refused.length + i] }).toEqual({ ...probe, errors: [] }),
    );
  }, 120000);
});
