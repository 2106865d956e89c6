import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql, type DocumentType } from '@village/web/graphql';

export const DeclareItemsDocument = graphql(`
  query VillagerDeclareItems($villageId: ID!, $year: Int) {
    villageScoringList(villageId: $villageId, year: $year) {
      id
      version
      items {
        id
        code
        name
        description
        direction
        track
        perUnitPoints
        quantified
        rule
        amountBands {
          from
        }
        pointLevels
        capGroup
        milestones {
          threshold
        }
        unitLabel
        pointsMin
        pointsMax
        capPerMonth
        capPerQuarter
        capPerYear
        evidenceRequired
        household
        subjectTypes
        validityMonths
        beneficiaryRelations
      }
    }
    myHouseholdMembers {
      id
      name
      isHead
      relationToHead
    }
    myResident {
      id
      name
      household {
        id
        headResidentId
      }
      subjectRoles {
        subjectType
        startDate
        endDate
      }
    }
  }
`);

export const DeclareActDocument = graphql(`
  mutation VillagerDeclareAct($input: DeclareActInput!) {
    declareAct(input: $input) {
      id
      status
    }
  }
`);

export type DeclareItemsData = DocumentType<typeof DeclareItemsDocument>;
export type DeclareActInput = VariablesOf<typeof DeclareActDocument>['input'];
