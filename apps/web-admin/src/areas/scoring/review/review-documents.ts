import { graphql } from '@village/web/graphql';

export const ScoringReviewQueueDocument = graphql(`
  query ScoringReviewQueue($villageId: ID!, $status: DeclarationStatus, $limit: Int!, $offset: Int!) {
    declarations(villageId: $villageId, status: $status, limit: $limit, offset: $offset) {
      total
      items {
        id
        residentId
        residentName
        itemCode
        item {
          code
          name
          direction
          pointsMin
          pointsMax
          perUnitPoints
          unitLabel
          evidenceRequired
          track
        }
        actedOn
        quantity
        note
        pointsAsked
        channel
        status
        createdAt
        evidence {
          id
          fileName
          contentType
          sizeBytes
        }
        history {
          kind
          at
          byName
          points
          reason
          amendedItemCode
          amendedQuantity
        }
      }
    }
  }
`);

export const ScoringReviewDecisionDocument = graphql(`
  mutation ScoringReviewDecision($input: ReviewDeclarationInput!) {
    reviewDeclaration(input: $input) {
      id
      status
    }
  }
`);
