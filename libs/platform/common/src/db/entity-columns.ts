import {
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  type JoinColumnOptions,
  type ObjectType,
  type RelationOptions,
} from 'typeorm';

/**
 * The `created_at timestamptz` column the database fills on insert, which nearly every table has:
 * `@CreatedAtColumn()` is `@CreateDateColumn({ name: 'created_at', type: 'timestamptz' })`.
 */
export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ name: 'created_at', type: 'timestamptz' });
}

/**
 * A many-to-one relation and the foreign-key column it joins on, which always come as a pair:
 * `@ManyToOneJoin(() => GridEntity, 'grid_id', { nullable: true })` is
 * `@ManyToOne(() => GridEntity, { nullable: true })` + `@JoinColumn({ name: 'grid_id' })`.
 * Pass join options instead of the column name to name the constraint too.
 */
export function ManyToOneJoin<T>(
  target: () => ObjectType<T>,
  join: string | JoinColumnOptions,
  options?: RelationOptions,
): PropertyDecorator {
  const joinOptions = typeof join === 'string' ? { name: join } : join;
  return (prototype, property) => {
    JoinColumn(joinOptions)(prototype, property);
    (options ? ManyToOne(target, options) : ManyToOne(target))(prototype, property);
  };
}
