export interface DecidedOnceVersion {
  statement: 'CREATE FUNCTION' | 'CREATE OR REPLACE FUNCTION';
  /** The statuses a pending declaration may move to. */
  targets: string[];
  /** How the error message names them (default: comma-separated). */
  targetsInMessage?: string;
}

/**
 * The trigger function that lets only a declaration's status change, and only once: from PENDING to one
 * of `targets`. The declarations-rls migration created it (APPROVED or REJECTED) and
 * declaration-amend-trigger replaced it to allow AMENDED too; both build it here, unindented (callers lay
 * it out with `inlineSql` as they first sent it).
 */
export function declarationDecidedOnce(version: DecidedOnceVersion): string {
  const { statement, targets } = version;
  const allowed = targets.map((status) => `'${status}'`).join(', ');
  const named = version.targetsInMessage ?? targets.join(', ');
  return `${statement} public.declaration_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.resident_id, NEW.declared_by,
      NEW.channel, NEW.scoring_list_item_id, NEW.item_code, NEW.acted_on, NEW.quantity, NEW.note,
      NEW.idempotency_key, NEW.payload_hash, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.resident_id, OLD.declared_by,
      OLD.channel, OLD.scoring_list_item_id, OLD.item_code, OLD.acted_on, OLD.quantity, OLD.note,
      OLD.idempotency_key, OLD.payload_hash, OLD.created_at) THEN
    RAISE EXCEPTION 'declaration %: only the status may change', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status
     AND NOT (OLD.status = 'PENDING' AND NEW.status IN (${allowed})) THEN
    RAISE EXCEPTION 'declaration %: status may only move from PENDING to ${named} (not % -> %)',
      OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$`;
}
