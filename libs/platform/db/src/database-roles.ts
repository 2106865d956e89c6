/**
 * Two database roles, created idempotently (roles are cluster-wide):
 * - OWNER_ROLE owns every table and runs the migrations. It cannot log in.
 * - APP_ROLE is what the API connects as: it owns nothing, is not superuser, has no BYPASSRLS, and holds
 *   only the grants the migrations give it, so row-level security always applies to its queries.
 */
export const OWNER_ROLE = 'village_owner';
export const APP_ROLE = 'village_app';
