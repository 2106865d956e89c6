import type { DataSource, EntityManager } from 'typeorm';

/** The manager's methods work uses, delegated so that it reads `tx.find(…)`, `tx.insert(…)`. */
const DELEGATED = [
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'exists',
  'insert',
  'update',
  'query',
  'createQueryBuilder',
] as const;

type Hook = () => Promise<void> | void;

/**
 * The handle of one open database transaction. Work that belongs to an operation takes it as its first
 * parameter instead of an EntityManager passed down by hand, so everything an operation does runs in
 * the one transaction the operation opened. Once the transaction has ended the handle refuses every use:
 * a handle kept past its transaction (in a closure, a late callback) fails loudly instead of querying
 * outside it. Side effects outside the database wait for the outcome: `afterCommit`, `afterRollback`.
 */
export class Tx<C = unknown> {
  // Defined per instance in the constructor, as calls on the live manager.
  declare readonly find: EntityManager['find'];
  declare readonly findBy: EntityManager['findBy'];
  declare readonly findOne: EntityManager['findOne'];
  declare readonly findOneBy: EntityManager['findOneBy'];
  declare readonly findOneOrFail: EntityManager['findOneOrFail'];
  declare readonly findOneByOrFail: EntityManager['findOneByOrFail'];
  declare readonly findAndCount: EntityManager['findAndCount'];
  declare readonly count: EntityManager['count'];
  declare readonly exists: EntityManager['exists'];
  declare readonly insert: EntityManager['insert'];
  declare readonly update: EntityManager['update'];
  declare readonly query: EntityManager['query'];
  declare readonly createQueryBuilder: EntityManager['createQueryBuilder'];
  #manager: EntityManager | null;
  #savepoints = 0;
  readonly #afterCommit: Hook[] = [];
  readonly #afterRollback: Hook[] = [];

  private constructor(
    manager: EntityManager,
    /** What the transaction was opened for (a tenant transaction: the request context). */
    readonly ctx: C,
  ) {
    this.#manager = manager;
    for (const name of DELEGATED) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) => {
          const manager = this.manager;
          return (manager[name] as (...a: unknown[]) => unknown).apply(manager, args);
        },
      });
    }
  }

  /** The TypeORM manager of this transaction, for what the delegated methods do not cover. */
  get manager(): EntityManager {
    if (!this.#manager) throw new Error('This transaction has ended: its handle cannot be used any more');
    return this.#manager;
  }

  get isOpen(): boolean {
    return this.#manager !== null;
  }

  /**
   * Work that must leave nothing behind when it fails, even when the transaction it runs in goes on
   * (an all-or-nothing import inside an operation that still records its audit row): a savepoint.
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `sp_${++this.#savepoints}`;
    await this.manager.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.manager.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /** Runs once the transaction has committed (files, messages): never for work that was rolled back. */
  afterCommit(hook: Hook): void {
    this.#afterCommit.push(hook);
  }

  /** Runs once the transaction has rolled back: undoes what was done outside the database. */
  afterRollback(hook: Hook): void {
    this.#afterRollback.push(hook);
  }

  /**
   * One transaction around `work`, its handle carrying `ctx`; `prepare` runs first inside it (e.g. the
   * row-level-security scope). The handle is closed before the hooks run.
   */
  static async run<C, T>(
    dataSource: DataSource,
    ctx: C,
    prepare: (tx: Tx<C>) => Promise<void>,
    work: (tx: Tx<C>) => Promise<T>,
  ): Promise<T> {
    let tx: Tx<C> | null = null;
    let result: T;
    try {
      result = await dataSource.transaction(async (manager) => {
        tx = new Tx(manager, ctx);
        await prepare(tx);
        return work(tx);
      });
    } catch (error) {
      await (tx as Tx<C> | null)?.end(false);
      throw error;
    }
    await (tx as Tx<C> | null)?.end(true);
    return result;
  }

  private async end(committed: boolean): Promise<void> {
    this.#manager = null;
    if (committed) {
      for (const hook of this.#afterCommit) await hook();
      return;
    }
    // Clean-up after a rollback must not hide the error that caused it.
    for (const hook of this.#afterRollback) {
      try {
        await hook();
      } catch (error) {
        console.error(`clean-up after a rolled-back transaction failed: ${String(error)}`);
      }
    }
  }
}
