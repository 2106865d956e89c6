import { graphql } from '@village/web/graphql';

export const ScoringResidentScoreDocument = graphql(`
  query ScoringResidentScore($residentId: ID!, $year: Int, $quarter: Int) {
    residentScore(residentId: $residentId, year: $year, quarter: $quarter) {
      residentId
      residentName
      periodLabel
      from
      to
      postedVersion
      laterEntries
      tracks {
        track
        baseScore
        points
        quarterPoints
        score
        entryCount
      }
      entries {
        id
        seq
        actedOn
        itemCode
        itemName
        itemPointsMin
        itemPointsMax
        kind
        points
        quantity
        repeatMultiplier
        track
        reason
        reversed
        reversesEntryId
        declarantName
        reviewerName
        expiresOn
        inQuarter
        evidence {
          fileName
          contentType
          sizeBytes
          sha256
        }
      }
    }
  }
`);

export const ScoringLedgerEntriesDocument = graphql(`
  query ScoringLedgerEntries($residentId: ID!, $limit: Int!, $offset: Int!) {
    ledgerEntries(residentId: $residentId, limit: $limit, offset: $offset) {
      total
      items {
        id
        seq
        actedOn
        createdAt
        itemCode
        itemName
        kind
        points
        track
        reason
        expiresOn
        reversesEntryId
      }
    }
  }
`);

export const ScoringProposeCorrectionDocument = graphql(`
  mutation ScoringProposeCorrection($input: ProposeLedgerCorrectionInput!) {
    proposeLedgerCorrection(input: $input) {
      id
      status
    }
  }
`);
