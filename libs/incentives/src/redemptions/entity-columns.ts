import type { EntityMetadata, ObjectLiteral } from 'typeorm';
import type { TenantTx } from '@village/platform-tenancy';

type EntityClass<T> = new () => T;

export interface EntityColumns<T> {
  /** `alias.column AS "alias_column", …` for every stored column of the entity. */
  select: string;
  /** The entity from a row selected with `select` (null when the row has none: an outer join's miss). */
  hydrate(row: Record<string, unknown>): T | null;
}

const cache = new WeakMap<EntityMetadata, Map<string, EntityColumns<ObjectLiteral>>>();

/**
 * An entity's columns under an alias, for hand-written SQL that reads several entities in one round
 * trip where TypeORM's query builder would send (and build) one query each; rows come back as TypeORM
 * hydrates them (its driver's conversions, the columns' transformers). Built once per entity and alias.
 */
export function entityColumns<T extends ObjectLiteral>(
  tx: TenantTx,
  entity: EntityClass<T>,
  alias: string,
): EntityColumns<T> {
  const connection = tx.manager.connection;
  const metadata = connection.getMetadata(entity);
  let byAlias = cache.get(metadata);
  if (!byAlias) cache.set(metadata, (byAlias = new Map()));
  const known = byAlias.get(alias);
  if (known) return known as EntityColumns<T>;
  const columns = metadata.columns
    .filter((c) => !c.isVirtual)
    .map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
  const primary = `${alias}_${metadata.primaryColumns[0].databaseName}`;
  const built: EntityColumns<T> = {
    select: columns.map(({ column, key }) => `${alias}."${column.databaseName}" AS "${key}"`).join(', '),
    hydrate(row) {
      if (row[primary] === null || row[primary] === undefined) return null;
      const target = metadata.create() as T;
      for (const { column, key } of columns) {
        column.setEntityValue(target, connection.driver.prepareHydratedValue(row[key], column));
      }
      return target;
    },
  };
  byAlias.set(alias, built as EntityColumns<ObjectLiteral>);
  return built;
}
