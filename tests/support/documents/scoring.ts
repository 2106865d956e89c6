import { graphql } from '../generated';

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
