import { graphql } from '@village/web/graphql';

/** The what-if preview's documents: the villages side by side, then one village's people. */

export const PreviewFiguresFields = graphql(`
  fragment PreviewFiguresFields on PreviewFigures {
    averageCreditScore
    partyMemberGrades {
      excellent
      qualified
      basic
      unqualified
      ungraded
    }
    representativeGrades {
      excellent
      qualified
      basic
      unqualified
      ungraded
    }
    stars {
      stars
      count
    }
  }
`);

export const VillagePreviewFields = graphql(`
  fragment VillagePreviewFields on VillagePreview {
    villageId
    villageName
    townId
    townName
    hasList
    residents
    rescoredEntries
    changedPeople
    scoreChangedPeople
    current {
      ...PreviewFiguresFields
    }
    draft {
      ...PreviewFiguresFields
    }
  }
`);

export const DraftPreviewQuery = graphql(`
  query AdminDraftPreview($manualId: ID, $frameworkId: ID, $year: Int) {
    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {
      draftKind
      draftId
      draftTitle
      draftVersion
      year
      changedItems {
        code
        name
        currentRule
        draftRule
        villages
      }
      villages {
        ...VillagePreviewFields
      }
    }
  }
`);

export const PreviewPersonFiguresFields = graphql(`
  fragment PreviewPersonFiguresFields on PreviewPersonFigures {
    creditScore
    roleDutyScore
    vetoed
    evaluation {
      stars
      partyMember {
        composite
        grade
        note
      }
      representative {
        composite
        grade
        note
      }
    }
  }
`);

export const DraftPreviewPeopleQuery = graphql(`
  query AdminDraftPreviewPeople(
    $manualId: ID
    $frameworkId: ID
    $year: Int
    $villageId: ID!
    $onlyChanged: Boolean!
    $limit: Int!
    $offset: Int!
  ) {
    draftPreviewPeople(
      manualId: $manualId
      frameworkId: $frameworkId
      year: $year
      villageId: $villageId
      onlyChanged: $onlyChanged
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        residentId
        residentName
        subjectTypes
        gradeChanged
        starsChanged
        scoreChanged
        current {
          ...PreviewPersonFiguresFields
        }
        draft {
          ...PreviewPersonFiguresFields
        }
        items {
          itemCode
          entries
          recordedPoints
          draftPoints
          note
        }
      }
    }
  }
`);
