import { graphql } from '@village/web/graphql';

export const RulesScoringListFields = graphql(`
  fragment RulesScoringListFields on ScoringList {
    id
    version
    status
    createdAt
    adoptedAt
    meetingDate
    representativesInOffice
    present
    votesFor
    votesAgainst
    abstaining
    items {
      id
      code
      name
      source
      direction
      pointsMin
      pointsMax
      perUnitPoints
      unitLabel
      track
      rule
    }
    villageItems {
      id
      code
      name
      category
      direction
      track
      pointsMin
      pointsMax
      perUnitPoints
      unitLabel
      subjectTypes
      evidenceRequired
      household
      description
      validityMonths
      repeatMultiplier
      veto
      capPerMonth
      capPerQuarter
      capPerYear
      pointLevels
      amountBands {
        from
        to
        points
        perUnit
      }
      roundingStep
      roundingMode
      perActMax
      capGroup
      capMode
      milestoneSources
      milestoneSpan
      milestones {
        threshold
        points
      }
      householdMembers
      beneficiaryRelations
      kind
      alternativeGroup
      validityRules {
        maxPoints
        months
      }
      judgementGrade
      judgementStars
      repairPoints
      recordLevel
      capByHousehold
      rule
      requiresApproval
      approvedAt
      withdrawn
    }
  }
`);

export const RulesScoringListsDocument = graphql(`
  query RulesScoringLists($villageId: ID!) {
    scoringLists(villageId: $villageId) {
      ...RulesScoringListFields
    }
  }
`);

export const RulesCreateScoringListDocument = graphql(`
  mutation RulesCreateScoringList($villageId: ID!, $year: Int) {
    createScoringList(villageId: $villageId, year: $year) {
      ...RulesScoringListFields
    }
  }
`);

export const RulesAddVillageItemDocument = graphql(`
  mutation RulesAddVillageItem($input: AddVillageItemInput!) {
    addVillageItem(input: $input) {
      ...RulesScoringListFields
    }
  }
`);

export const RulesUpdateVillageItemDocument = graphql(`
  mutation RulesUpdateVillageItem($input: UpdateVillageItemInput!) {
    updateVillageItem(input: $input) {
      ...RulesScoringListFields
    }
  }
`);

export const RulesWithdrawVillageItemDocument = graphql(`
  mutation RulesWithdrawVillageItem($itemId: ID!) {
    withdrawVillageItem(itemId: $itemId) {
      ...RulesScoringListFields
    }
  }
`);

export const RulesAdoptScoringListDocument = graphql(`
  mutation RulesAdoptScoringList($input: AdoptScoringListInput!) {
    adoptScoringList(input: $input) {
      ...RulesScoringListFields
    }
  }
`);
