import { drawSample } from './appraisal-sample';

describe('drawSample', () => {
  const people = Array.from(
    { length: 12 },
    (_, i) => `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
  );

  it('draws the same people for the same village and year, whatever the candidates’ order', () => {
    const first = drawSample('v1', 2026, people, 4);
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
    expect(drawSample('v1', 2026, [...people].reverse(), 4)).toEqual(first);
    // A smaller draw is a prefix of a larger one: the order does not depend on the size.
    expect(drawSample('v1', 2026, people, 6).slice(0, 4)).toEqual(first);
  });

  it('draws differently for another village or year', () => {
    const first = drawSample('v1', 2026, people, 4);
    expect(drawSample('v2', 2026, people, 4)).not.toEqual(first);
    expect(drawSample('v1', 2027, people, 4)).not.toEqual(first);
  });

  it('never draws more than the candidates, nor duplicates', () => {
    expect(drawSample('v1', 2026, people.slice(0, 3), 10).sort()).toEqual(people.slice(0, 3));
    expect(drawSample('v1', 2026, [people[0], people[0]], 2)).toEqual([people[0]]);
    expect(drawSample('v1', 2026, people, 0)).toEqual([]);
  });
});
