/**
 * API operations that no web screen calls, each with the reason (tests/workspace/screen-coverage.spec.ts).
 * Keep this list short: an operation people use in their work belongs on a screen.
 */
export const SCREENLESS_OPERATIONS: Record<string, string> = {
  'query.currentManual':
    'the town screens list every manual version (manuals) and open one by id; a village list is built from the current manual by createScoringList itself',
  'query.districts':
    'the district is the signed-in user’s own unit (me.roles); one district per installation today',
  'query.effectiveContractTemplate':
    'contracts are generated from it on the server; a contract’s detail shows the merged clauses it was signed with',
  'query.post': 'the posts list already carries each post’s holders and terms',
};
