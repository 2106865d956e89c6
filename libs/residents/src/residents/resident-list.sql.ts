import type { ResidentsArgs } from './dto/resident.input';

/** How the list's search narrows the rows: by the keyed hash of a full ID number, or by text. */
export type ResidentSearch = { idNumberHash: string } | { likePattern: string } | null;

export interface ResidentListFilter {
  villageId: string;
  args: Pick<ResidentsArgs, 'status' | 'gridId' | 'householdId' | 'subjectType' | 'limit' | 'offset'>;
  search: ResidentSearch;
  /** Today in China, for "holds this subject role today". */
  today: string;
}

export interface SqlStatement {
  text: string;
  params: unknown[];
}

/**
 * One page of a village's residents with their household (and its head's name), grid (and its
 * leader's name) and subject roles, plus the total — and the village itself — in one statement.
 *
 * The village comes first (`v_*` columns): a village outside the caller's scope is invisible under
 * row-level security, so no row at all means "not found"; with the village visible there is always at
 * least one row, carrying the total even for a page past the end (its resident columns then null).
 * The matching residents are read once (a CTE, materialised because it is used twice): counted, and
 * sorted to cut the page; only the page's rows are joined to their relations, and each page row's
 * roles come aggregated beside it. Row-level security applies to every table read, as for any query.
 * The page is in name order, ties by id, as before; the roles of a resident in start-date order.
 */
export function residentPageSql(filter: ResidentListFilter): SqlStatement {
  const where = residentsWhere(filter);
  const limit = where.param(filter.args.limit);
  const offset = where.param(filter.args.offset);
  return {
    text: `
      WITH village AS (
        SELECT id, name, district_id, town_id FROM org_unit WHERE id = $1 AND level = 'VILLAGE'
      ), matching AS (
        SELECT r.id, r.village_id, r.name, r.gender, r.birth_date, r.id_number_masked, r.phone, r.status,
               r.household_id, r.relation_to_head, r.grid_id, r.user_id, r.created_at
          FROM resident r
         WHERE r.village_id = (SELECT id FROM village)${where.conditions.map((c) => `\n           AND ${c}`).join('')}
      ), page AS (
        SELECT * FROM matching ORDER BY name, id LIMIT ${limit} OFFSET ${offset}
      )
      SELECT v.id AS v_id, v.name AS v_name, v.district_id AS v_district_id, v.town_id AS v_town_id,
             (SELECT count(*) FROM matching)::int AS total,
             p.id, p.village_id, p.name, p.gender, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
             p.id_number_masked, p.phone, p.status, p.household_id, p.relation_to_head, p.grid_id, p.user_id, p.created_at,
             h.id AS h_id, h.village_id AS h_village_id, h.code AS h_code, h.address AS h_address,
             h.grid_id AS h_grid_id, h.head_resident_id AS h_head_resident_id, head.name AS h_head_name,
             h.created_at AS h_created_at,
             g.id AS g_id, g.village_id AS g_village_id, g.code AS g_code, g.name AS g_name,
             g.leader_resident_id AS g_leader_resident_id, leader.name AS g_leader_name,
             g.created_at AS g_created_at,
             roles.list AS roles
        FROM village v
        LEFT JOIN page p ON true
        LEFT JOIN household h ON h.id = p.household_id
        LEFT JOIN resident head ON head.id = h.head_resident_id
        LEFT JOIN grid g ON g.id = p.grid_id
        LEFT JOIN resident leader ON leader.id = g.leader_resident_id
        LEFT JOIN LATERAL (
          SELECT json_agg(json_build_object(
                   'id', sr.id, 'residentId', sr.resident_id, 'subjectType', sr.subject_type,
                   'startDate', sr.start_date, 'endDate', sr.end_date, 'probationary', sr.probationary,
                   'termEnd', sr.term_end, 'representedHouseholdIds', sr.represented_household_ids,
                   'endReason', sr.end_reason)
                 ORDER BY sr.start_date, sr.created_at) AS list
            FROM subject_role sr
           WHERE sr.resident_id = p.id) roles ON true
       ORDER BY p.name, p.id`,
    params: where.params,
  };
}

/** The list's optional filters as conditions on `r`, with their parameters after the village's ($1). */
function residentsWhere(filter: ResidentListFilter) {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { args, search } = filter;
  // $1 is the village: the statement looks it up, and its residents, by it.
  param(filter.villageId);
  const conditions: string[] = [];
  if (args.status) conditions.push(`r.status = ${param(args.status)}`);
  if (args.gridId) conditions.push(`r.grid_id = ${param(args.gridId)}`);
  if (args.householdId) conditions.push(`r.household_id = ${param(args.householdId)}`);
  if (args.subjectType) {
    const day = param(filter.today);
    conditions.push(
      `EXISTS (SELECT 1 FROM subject_role sr WHERE sr.resident_id = r.id AND sr.subject_type = ${param(args.subjectType)}
         AND sr.start_date <= ${day} AND (sr.end_date IS NULL OR sr.end_date >= ${day}))`,
    );
  }
  if (search && 'idNumberHash' in search) conditions.push(`r.id_number_hash = ${param(search.idNumberHash)}`);
  if (search && 'likePattern' in search) {
    const pattern = param(search.likePattern);
    conditions.push(`(r.name LIKE ${pattern} OR r.phone LIKE ${pattern})`);
  }
  return { conditions, params, param };
}
