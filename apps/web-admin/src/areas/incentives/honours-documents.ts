import { graphql, type DocumentType } from '@village/web/graphql';

/** The district's honour types with their eligibility (the nomination form picks from these). */
export const HonourTypesDocument = graphql(`
  query IncentivesHonourTypes {
    honourTypes {
      id
      name
      subjectType
      minStars
      minGrade
      maxPerVillage
    }
  }
`);

export const CreateHonourTypeDocument = graphql(`
  mutation IncentivesCreateHonourType($input: CreateHonourTypeInput!) {
    createHonourType(input: $input) {
      id
      name
    }
  }
`);

/** A resident's published honours (the resident detail page). */
export const ResidentHonoursDocument = graphql(`
  query IncentivesResidentHonours($residentId: ID!) {
    residentHonours(residentId: $residentId) {
      id
      year
      honourName
      reason
      decisionReason
    }
  }
`);

export type AdminHonourType = DocumentType<typeof HonourTypesDocument>['honourTypes'][number];
