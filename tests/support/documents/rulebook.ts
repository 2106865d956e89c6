import { graphql } from '../generated';

/**
 * The rulebook chain's documents (district framework → town manual → village list), shared by the
 * rulebook suites and the next-year chain. Each selects its type's whole fragment: with fragment
 * masking off the fragment's fields stand directly in the typed result.
 */
export const FRAMEWORK_FIELDS = graphql(`
  fragment FrameworkFields on Framework {
    id
    year
    version
    status
    title
    maxAdjustmentPercent
    rules {
      creditBaseScore
      roleDutyBaseScore
      partyMemberRoleDutyWeight
      partyMemberCreditWeight
      excellentMin
    }
    items {
      id
      code
      name
      direction
      pointsMin
      pointsMax
      perUnitPoints
      withdrawn
    }
  }
`);

export const MANUAL_FIELDS = graphql(`
  fragment ManualFields on TownManual {
    id
    version
    status
    frameworkId
    townId
    noticeDays
    lateEntryDays
    villageMaxItemPoints
    adjustments {
      itemCode
      disabled
      pointsMin
      pointsMax
    }
    townItems {
      id
      code
      name
      pointsMax
      withdrawn
    }
  }
`);

export const LIST_FIELDS = graphql(`
  fragment ListFields on ScoringList {
    id
    version
    status
    manualId
    present
    votesFor
    villageItems {
      id
      code
      pointsMax
      requiresApproval
      approvedAt
      withdrawn
    }
    items {
      code
      source
      pointsMin
      pointsMax
      direction
    }
  }
`);

// The district's framework.

export const CREATE_FRAMEWORK = graphql(`
  mutation CreateFramework($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      ...FrameworkFields
    }
  }
`);

export const ADD_EVALUATION_ITEM = graphql(`
  mutation AddEvaluationItem($input: AddEvaluationItemInput!) {
    addEvaluationItem(input: $input) {
      ...FrameworkFields
    }
  }
`);

export const UPDATE_EVALUATION_ITEM = graphql(`
  mutation UpdateEvaluationItem($input: UpdateEvaluationItemInput!) {
    updateEvaluationItem(input: $input) {
      id
    }
  }
`);

export const WITHDRAW_EVALUATION_ITEM = graphql(`
  mutation WithdrawEvaluationItem($id: ID!) {
    withdrawEvaluationItem(itemId: $id) {
      ...FrameworkFields
    }
  }
`);

export const UPDATE_FRAMEWORK_RULES = graphql(`
  mutation UpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {
    updateFrameworkRules(input: $input) {
      ...FrameworkFields
    }
  }
`);

export const PUBLISH_FRAMEWORK = graphql(`
  mutation PublishFramework($id: ID!) {
    publishFramework(id: $id) {
      ...FrameworkFields
    }
  }
`);

export const FRAMEWORK_VERSION = graphql(`
  mutation CreateFrameworkVersion($id: ID!) {
    createFrameworkVersion(fromId: $id) {
      ...FrameworkFields
    }
  }
`);

export const COPY_FRAMEWORK = graphql(`
  mutation CopyFrameworkToYear($id: ID!, $year: Int!) {
    copyFrameworkToYear(id: $id, year: $year) {
      ...FrameworkFields
    }
  }
`);

export const FRAMEWORKS = graphql(`
  query Frameworks($year: Int) {
    frameworks(year: $year) {
      total
      items {
        ...FrameworkFields
      }
    }
  }
`);

export const FRAMEWORK = graphql(`
  query Framework($id: ID!) {
    framework(id: $id) {
      ...FrameworkFields
    }
  }
`);

// The town's manual.

export const CREATE_MANUAL = graphql(`
  mutation CreateManual($input: CreateManualInput!) {
    createManual(input: $input) {
      ...ManualFields
    }
  }
`);

export const SET_MANUAL_ADJUSTMENT = graphql(`
  mutation SetManualAdjustment($input: SetManualAdjustmentInput!) {
    setManualAdjustment(input: $input) {
      ...ManualFields
    }
  }
`);

export const ADD_TOWN_ITEM = graphql(`
  mutation AddTownItem($input: AddTownItemInput!) {
    addTownItem(input: $input) {
      ...ManualFields
    }
  }
`);

export const UPDATE_TOWN_ITEM = graphql(`
  mutation UpdateTownItem($input: UpdateTownItemInput!) {
    updateTownItem(input: $input) {
      ...ManualFields
    }
  }
`);

export const WITHDRAW_TOWN_ITEM = graphql(`
  mutation WithdrawTownItem($id: ID!) {
    withdrawTownItem(itemId: $id) {
      ...ManualFields
    }
  }
`);

export const UPDATE_MANUAL_SETTINGS = graphql(`
  mutation UpdateManualSettings($input: UpdateManualSettingsInput!) {
    updateManualSettings(input: $input) {
      ...ManualFields
    }
  }
`);

export const PUBLISH_MANUAL = graphql(`
  mutation PublishManual($id: ID!) {
    publishManual(id: $id) {
      ...ManualFields
    }
  }
`);

export const MANUAL_VERSION = graphql(`
  mutation CreateManualVersion($id: ID!) {
    createManualVersion(fromId: $id) {
      ...ManualFields
    }
  }
`);

export const MANUALS = graphql(`
  query Manuals($townId: ID!) {
    manuals(townId: $townId) {
      ...ManualFields
    }
  }
`);

export const CURRENT_MANUAL = graphql(`
  query CurrentManual($townId: ID!, $year: Int) {
    currentManual(townId: $townId, year: $year) {
      ...ManualFields
    }
  }
`);

// The village's scoring list.

export const CREATE_SCORING_LIST = graphql(`
  mutation CreateScoringList($villageId: ID!, $year: Int) {
    createScoringList(villageId: $villageId, year: $year) {
      ...ListFields
    }
  }
`);

export const ADD_VILLAGE_ITEM = graphql(`
  mutation AddVillageItem($input: AddVillageItemInput!) {
    addVillageItem(input: $input) {
      ...ListFields
    }
  }
`);

export const UPDATE_VILLAGE_ITEM = graphql(`
  mutation UpdateVillageItem($input: UpdateVillageItemInput!) {
    updateVillageItem(input: $input) {
      ...ListFields
    }
  }
`);

export const WITHDRAW_VILLAGE_ITEM = graphql(`
  mutation WithdrawVillageItem($id: ID!) {
    withdrawVillageItem(itemId: $id) {
      ...ListFields
    }
  }
`);

export const APPROVE_VILLAGE_ITEM = graphql(`
  mutation ApproveVillageItem($id: ID!) {
    approveVillageItem(itemId: $id) {
      ...ListFields
    }
  }
`);

export const ADOPT_SCORING_LIST = graphql(`
  mutation AdoptScoringList($input: AdoptScoringListInput!) {
    adoptScoringList(input: $input) {
      ...ListFields
    }
  }
`);

export const VILLAGE_SCORING_LIST = graphql(`
  query VillageScoringList($villageId: ID!, $year: Int) {
    villageScoringList(villageId: $villageId, year: $year) {
      ...ListFields
    }
  }
`);

/** The list's versions, newest first: only version and status, so a history compares exactly. */
export const SCORING_LISTS = graphql(`
  query ScoringLists($villageId: ID!) {
    scoringLists(villageId: $villageId) {
      version
      status
    }
  }
`);
