import type { OrgRef } from './org-ref';

/**
 * What one transaction may see, as PostgreSQL settings read by the row-level-security policies
 * (`app.user_id`, `app.scope_*`). Set with `set_config(…, true)`, so they end with the transaction and a
 * pooled connection never carries them into the next request.
 */
export interface DbScope {
  userId: string | null;
  /** Only during login: lets the login transaction read that one account. */
  loginUsername: string | null;
  districts: string[];
  towns: string[];
  villages: string[];
  /** Districts and towns above granted units, readable as names but never as their data. */
  ancestors: string[];
}

export const EMPTY_SCOPE: DbScope = Object.freeze({
  userId: null,
  loginUsername: null,
  districts: [],
  towns: [],
  villages: [],
  ancestors: [],
}) as DbScope;

export function scopeOfUnits(units: readonly OrgRef[], userId: string | null = null): DbScope {
  const scope: DbScope = { ...EMPTY_SCOPE, userId, districts: [], towns: [], villages: [], ancestors: [] };
  for (const unit of units) {
    if (unit.level === 'DISTRICT') scope.districts.push(unit.id);
    if (unit.level === 'TOWN') scope.towns.push(unit.id);
    if (unit.level === 'VILLAGE') scope.villages.push(unit.id);
    if (unit.level !== 'DISTRICT') scope.ancestors.push(unit.districtId);
    if (unit.level === 'VILLAGE' && unit.townId) scope.ancestors.push(unit.townId);
  }
  return {
    ...scope,
    districts: [...new Set(scope.districts)],
    towns: [...new Set(scope.towns)],
    villages: [...new Set(scope.villages)],
    ancestors: [...new Set(scope.ancestors)],
  };
}

/** PostgreSQL array literal for a list of UUIDs ('{}' when empty). */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
