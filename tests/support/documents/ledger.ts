import { graphql } from '../generated';

/** The auditor's check of a village's ledger hash chain. */
export const LEDGER_CHAIN_CHECK = graphql(`
  query LedgerChainCheck($v: ID!) {
    ledgerChainCheck(villageId: $v) {
      ok
      entries
      firstBrokenSeq
    }
  }
`);

/** A resident's ledger entries over a span of days. */
export const LEDGER_ENTRIES = graphql(`
  query LedgerEntries($r: ID!, $from: String, $to: String) {
    ledgerEntries(residentId: $r, from: $from, to: $to) {
      total
      items {
        itemName
        points
        actedOn
        kind
      }
    }
  }
`);
