import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MyScoreDocument } from '../pages/my-score-documents';

const SCRIPT = readFileSync(join(__dirname, '../../public/early-my-score.js'), 'utf8');

/** Runs the classic script as the browser would, with a stand-in window; returns what it sent. */
function run(options: { path: string; session: unknown; now?: string }) {
  const sent: { url: string; init: { headers: Record<string, string>; body: string } }[] = [];
  const window: Record<string, unknown> = {
    location: { pathname: options.path },
    localStorage: { getItem: () => (options.session === undefined ? null : JSON.stringify(options.session)) },
  };
  const RealDate = Date;
  const now = new RealDate(options.now ?? '2026-06-01T00:00:00Z').getTime();
  class FixedDate extends RealDate {
    static override now() {
      return now;
    }
  }
  runInNewContext(SCRIPT, {
    window,
    Date: FixedDate,
    JSON,
    Number,
    fetch: (url: string, init: { headers: Record<string, string>; body: string }) => {
      sent.push({ url, init });
      return Promise.resolve({ ok: true, json: () => Promise.resolve({ data: {} }) });
    },
  });
  return { sent, early: window.__villageEarlyMyScore as { year: number } | undefined };
}

describe('the early my-score request (public/early-my-score.js)', () => {
  it('asks exactly what the home screen asks, with the token, for this year in China', () => {
    const { sent, early } = run({
      path: '/m/',
      session: { accessToken: 'token-1', mustChangePassword: false },
      now: '2026-12-31T16:30:00Z', // 2027-01-01 00:30 in Beijing
    });
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0].init.body);
    expect(print(parse(body.query))).toBe(print(MyScoreDocument));
    expect(body.variables).toEqual({ year: 2027, quarter: null });
    expect(sent[0].init.headers.authorization).toBe('Bearer token-1');
    expect(early?.year).toBe(2027);
  });

  it('sends nothing without a session, with a temporary password, or on another page', () => {
    expect(run({ path: '/m/', session: undefined }).sent).toEqual([]);
    expect(run({ path: '/m/', session: { accessToken: 't', mustChangePassword: true } }).sent).toEqual([]);
    expect(run({ path: '/m/declare', session: { accessToken: 't' } }).sent).toEqual([]);
  });
});
