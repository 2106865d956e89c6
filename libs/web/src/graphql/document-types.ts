import type { TypedDocumentNode } from 'urql';

/**
 * The data and the variables of a typed document, for screens that pass a query's rows or a
 * mutation's input between components: `ResultOf<typeof XyzDocument>['xyz']['items'][number]`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResultOf<D> = D extends TypedDocumentNode<infer R, any> ? R : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VariablesOf<D> = D extends TypedDocumentNode<any, infer V> ? V : never;
