import { graphql } from '../generated';

/** A declaration as the scoring suites read it back. */
export const DECLARATION_FIELDS = graphql(`
  fragment DeclarationFields on Declaration {
    id
    villageId
    residentId
    declaredBy
    channel
    itemCode
    actedOn
    quantity
    note
    status
  }
`);

/** A resident (or a cadre for them) declares an act (申报). */
export const DECLARE_ACT = graphql(`
  mutation DeclareAct($input: DeclareActInput!) {
    declareAct(input: $input) {
      ...DeclarationFields
    }
  }
`);

/** A cadre registers an act, with the whole declaration read back. */
export const REGISTER_ACT_FULL = graphql(`
  mutation RegisterActFull($input: RegisterActInput!) {
    registerAct(input: $input) {
      ...DeclarationFields
    }
  }
`);

/** The credit council decides a declaration, with the whole declaration read back. */
export const REVIEW_DECISION_FULL = graphql(`
  mutation ReviewDeclarationFull($input: ReviewDeclarationInput!) {
    reviewDeclaration(input: $input) {
      ...DeclarationFields
    }
  }
`);

/** A cadre registers an act for a resident (登记). */
export const REGISTER_ACT = graphql(`
  mutation RegisterAct($input: RegisterActInput!) {
    registerAct(input: $input) {
      id
      status
    }
  }
`);

/** The credit council decides a declaration. */
export const REVIEW_DECISION = graphql(`
  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {
    reviewDeclaration(input: $input) {
      id
      status
    }
  }
`);

export const OPEN_SCORING_YEAR = graphql(`
  mutation OpenScoringYear($v: ID!, $y: Int!) {
    openScoringYear(villageId: $v, year: $y) {
      id
      kind
      number
      status
      startsOn
      endsOn
    }
  }
`);

export const TALLY_PERIOD = graphql(`
  mutation TallyPeriod($p: ID!) {
    tallyPeriod(periodId: $p) {
      id
      version
    }
  }
`);

export const PUBLISH_TALLY = graphql(`
  mutation PublishTally($p: ID!) {
    publishTally(periodId: $p) {
      id
      endsOn
    }
  }
`);

export const FINALIZE_PERIOD = graphql(`
  mutation FinalizePeriod($p: ID!) {
    finalizePeriod(periodId: $p) {
      id
      status
    }
  }
`);

/** A scoring period as every suite reads it. */
export const SCORING_PERIOD_FIELDS = graphql(`
  fragment ScoringPeriodFields on ScoringPeriod {
    id
    villageId
    kind
    year
    number
    startsOn
    endsOn
    status
  }
`);

export const SCORING_PERIODS = graphql(`
  query ScoringPeriods($villageId: ID!, $year: Int!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      ...ScoringPeriodFields
    }
  }
`);

/** A village's declarations in one status: how many, and on which days the acts were. */
export const DECLARATIONS_BY_STATUS = graphql(`
  query DeclarationsByStatus($v: ID!, $status: DeclarationStatus, $limit: Int! = 20) {
    declarations(villageId: $v, status: $status, limit: $limit) {
      total
      items {
        actedOn
      }
    }
  }
`);
