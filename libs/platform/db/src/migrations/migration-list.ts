/** Migration classes; each lib exports its own list and the composition root joins them. */
export type MigrationList = readonly (new () => object)[];
