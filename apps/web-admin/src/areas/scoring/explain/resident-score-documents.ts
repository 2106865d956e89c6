import { graphql } from '@village/web/graphql';

export const ScoringResidentScoreDocument = graphql(`
  query ScoringResidentScore($residentId: ID!, $year: Int, $quarter: Int) {
    residentScore(residentId: $residentId, year: $year, quarter: $quarter) {
      ...ResidentScoreFields
      residentId
      districtRecord {
        asOf
        score
        letterGrade
        entryCount
      }
      entries {
        itemPointsMin
        itemPointsMax
        judgementGrade
        judgementStars
        recordLevel
        evidence {
          sha256
        }
      }
    }
  }
`);

export const ScoringRepairCreditDocument = graphql(`
  mutation ScoringRepairCredit($input: RepairCreditInput!) {
    repairCredit(input: $input) {
      id
      points
      ruleNote
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
