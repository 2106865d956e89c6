import { graphql } from '@village/web/graphql';

export const ScoringReviewQueueDocument = graphql(`
  query ScoringReviewQueue($villageId: ID!, $status: DeclarationStatus, $limit: Int!, $offset: Int!) {
    declarations(villageId: $villageId, status: $status, limit: $limit, offset: $offset) {
      total
      items {
        ...DeclarationFields
        residentId
        residentName
        item {
          code
          direction
          pointsMin
          pointsMax
          perUnitPoints
          quantified
          rule
          pointLevels
          evidenceRequired
          track
        }
        evidence {
          sizeBytes
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
