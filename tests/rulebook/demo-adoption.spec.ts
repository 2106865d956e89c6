import { startTestApp, type TestApp, DEMO_ACTIVITY_SEED_TIMEOUT_MS } from '../support/test-app';

/**
 * The demo seed writes its lists past the services, so the adoption checks never see it: this suite
 * holds its data to them, so a newcomer's demo shows lists a village could really have adopted.
 */
describe("the demo's adopted lists obey the adoption checks", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demoActivity: true });
  }, DEMO_ACTIVITY_SEED_TIMEOUT_MS);
  afterAll(() => t.close());

  it('count the register’s representatives on the meeting day, or say why not', async () => {
    const lists = await t.db.adminQuery<{
      village: string;
      year: number;
      meeting: string;
      reported: number;
      registered: string;
      reason: string | null;
    }>(
      `SELECT o.name AS village, f.year, to_char(l.meeting_date, 'YYYY-MM-DD') AS meeting,
              l.representatives_in_office AS reported, l.representatives_count_reason AS reason,
              (SELECT count(DISTINCT sr.resident_id) FROM subject_role sr
                WHERE sr.village_id = l.village_id AND sr.subject_type = 'REPRESENTATIVE'
                  AND sr.start_date <= l.meeting_date
                  AND (sr.end_date IS NULL OR sr.end_date >= l.meeting_date)) AS registered
         FROM scoring_list l JOIN org_unit o ON o.id = l.village_id
         JOIN town_manual m ON m.id = l.manual_id JOIN framework f ON f.id = m.framework_id
        WHERE l.status = 'ADOPTED' ORDER BY o.name, f.year`,
    );
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const list of lists) {
      expect([
        list.village,
        list.year,
        list.reason !== null || list.reported === Number(list.registered),
      ]).toEqual([list.village, list.year, true]);
      expect(list.meeting >= `${list.year - 1}-10-01` && list.meeting <= `${list.year}-12-31`).toBe(true);
    }
  });
});
