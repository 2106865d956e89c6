/**
 * A guard: a row trigger that runs the trigger function of the same name, `public.<name>()`, before
 * `events` on `table` — how a table refuses changes its rules forbid (a status moving backwards, frozen
 * columns changing). The migration creates the function itself; its checks are the table's own.
 */
export function guardTrigger(name: string, table: string, events = 'UPDATE'): string {
  return `CREATE TRIGGER ${name} BEFORE ${events} ON ${table}
  FOR EACH ROW EXECUTE FUNCTION public.${name}()`;
}

/** Undoes a guard: its trigger, then its function. */
export function dropGuard(name: string, table: string): string[] {
  return [`DROP TRIGGER ${name} ON ${table}`, `DROP FUNCTION public.${name}()`];
}
