import { graphql } from '@village/web/graphql';

/** The district's framework documents, shared by the list, the detail and its parts. */
export const FrameworkDetailQuery = graphql(`
  query DistrictFrameworkDetail($id: ID!) {
    framework(id: $id) {
      id
      year
      version
      title
      status
      publishedAt
      createdAt
      copiedFromId
      maxAdjustmentPercent
      rules {
        basicMin
        creditBaseScore
        excellentMin
        excellentQuotaDenominator
        excellentQuotaNumerator
        fiveStarAbove
        fourStarAbove
        threeStarAbove
        twoStarAbove
        zeroStarAtOrBelow
        letterGrades {
          grade
          min
        }
        massAppraisalWeight
        peerAppraisalWeight
        partyMemberCreditWeight
        partyMemberRoleDutyWeight
        representativeCreditWeight
        representativeRoleDutyWeight
        cadreCreditWeight
        cadreRoleDutyWeight
        villageMaxPositiveItems
        villageMaxNegativeItems
        villageMaxItemPoints
        villageExceptionApprover
        qualifiedMin
        roleDutyBaseScore
        townsMayDisableVetoItems
      }
      items {
        id
        code
        name
        description
        category
        direction
        track
        subjectTypes
        pointsMin
        pointsMax
        perUnitPoints
        unitLabel
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
        validityMonths
        repeatMultiplier
        evidenceRequired
        household
        veto
        withdrawn
      }
    }
  }
`);

export const AddEvaluationItemMutation = graphql(`
  mutation DistrictAddEvaluationItem($input: AddEvaluationItemInput!) {
    addEvaluationItem(input: $input) {
      id
    }
  }
`);

export const UpdateEvaluationItemMutation = graphql(`
  mutation DistrictUpdateEvaluationItem($input: UpdateEvaluationItemInput!) {
    updateEvaluationItem(input: $input) {
      id
    }
  }
`);

export const WithdrawEvaluationItemMutation = graphql(`
  mutation DistrictWithdrawEvaluationItem($itemId: ID!) {
    withdrawEvaluationItem(itemId: $itemId) {
      id
    }
  }
`);

export const UpdateFrameworkRulesMutation = graphql(`
  mutation DistrictUpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {
    updateFrameworkRules(input: $input) {
      id
    }
  }
`);

export const PublishFrameworkMutation = graphql(`
  mutation DistrictPublishFramework($id: ID!) {
    publishFramework(id: $id) {
      id
      status
    }
  }
`);

export const CreateFrameworkVersionMutation = graphql(`
  mutation DistrictCreateFrameworkVersion($fromId: ID!) {
    createFrameworkVersion(fromId: $fromId) {
      id
    }
  }
`);

export const CopyFrameworkToYearMutation = graphql(`
  mutation DistrictCopyFrameworkToYear($id: ID!, $year: Int!) {
    copyFrameworkToYear(id: $id, year: $year) {
      id
    }
  }
`);
