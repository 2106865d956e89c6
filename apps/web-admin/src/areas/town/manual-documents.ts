import { graphql } from '@village/web/graphql';

/** The town manual's documents, shared by the list, the editor and its parts. */
export const ManualEditorQuery = graphql(`
  query TownManualEditor($id: ID!) {
    manual(id: $id) {
      id
      title
      version
      status
      townId
      frameworkId
      publishedAt
      createdAt
      registrationDays
      lateEntryDays
      noticeDays
      objectionAnswerWorkingDays
      villageMaxItemPoints
      villageMaxPositiveItems
      villageMaxNegativeItems
      procedure
      adjustments {
        id
        itemCode
        disabled
        pointsMin
        pointsMax
        perUnitPoints
        reason
      }
      townItems {
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

export const ManualFrameworkQuery = graphql(`
  query TownManualFramework($id: ID!) {
    framework(id: $id) {
      id
      title
      year
      version
      maxAdjustmentPercent
      rules {
        townsMayDisableVetoItems
      }
      items {
        id
        code
        name
        category
        direction
        pointsMin
        pointsMax
        perUnitPoints
        unitLabel
        veto
        withdrawn
      }
    }
  }
`);

export const SetManualAdjustmentMutation = graphql(`
  mutation TownSetManualAdjustment($input: SetManualAdjustmentInput!) {
    setManualAdjustment(input: $input) {
      id
      adjustments {
        id
        itemCode
        disabled
        pointsMin
        pointsMax
        perUnitPoints
        reason
      }
    }
  }
`);

export const AddTownItemMutation = graphql(`
  mutation TownAddTownItem($input: AddTownItemInput!) {
    addTownItem(input: $input) {
      id
    }
  }
`);

export const UpdateTownItemMutation = graphql(`
  mutation TownUpdateTownItem($input: UpdateTownItemInput!) {
    updateTownItem(input: $input) {
      id
    }
  }
`);

export const WithdrawTownItemMutation = graphql(`
  mutation TownWithdrawTownItem($itemId: ID!) {
    withdrawTownItem(itemId: $itemId) {
      id
    }
  }
`);

export const UpdateManualSettingsMutation = graphql(`
  mutation TownUpdateManualSettings($input: UpdateManualSettingsInput!) {
    updateManualSettings(input: $input) {
      id
    }
  }
`);

export const PublishManualMutation = graphql(`
  mutation TownPublishManual($id: ID!) {
    publishManual(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const CreateManualVersionMutation = graphql(`
  mutation TownCreateManualVersion($fromId: ID!) {
    createManualVersion(fromId: $fromId) {
      id
    }
  }
`);
