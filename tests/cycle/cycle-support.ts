import { graphql } from '../support/generated';
import type { TestApp } from '../support/test-app';

/** GraphQL used by the scoring-cycle suites. */
export const Q = {
  open: graphql(`
    mutation CycleOpen($v: ID!, $y: Int!) {
      openScoringYear(villageId: $v, year: $y) {
        id
        kind
        number
        status
      }
    }
  `),
  register: graphql(`
    mutation CycleRegister($input: RegisterActInput!) {
      registerAct(input: $input) {
        id
        status
      }
    }
  `),
  declare: graphql(`
    mutation CycleDeclare($input: DeclareActInput!) {
      declareAct(input: $input) {
        id
        status
      }
    }
  `),
  review: graphql(`
    mutation CycleReview($input: ReviewDeclarationInput!) {
      reviewDeclaration(input: $input) {
        id
        status
      }
    }
  `),
  tally: graphql(`
    mutation CycleTally($p: ID!, $r: String) {
      tallyPeriod(periodId: $p, reason: $r) {
        id
        version
        residentCount
        contentHash
        ledgerSeq
        ledgerAnchorHash
        lines {
          id
          residentId
          residentName
          subjectTypes
          probationary
          creditPoints
          creditScore
          periodCreditPoints
          roleDutyPoints
          roleDutyScore
          rankGroup
          rank
          vetoed
          evaluation {
            stars
            starsNote
            partyMember {
              roleDutyScore
              composite
              grade
              note
              peerAverage
              massAverage
            }
            representative {
              roleDutyScore
              composite
              grade
              note
              peerAverage
              massAverage
            }
          }
        }
      }
    }
  `),
  publish: graphql(`
    mutation CyclePublish($p: ID!) {
      publishTally(periodId: $p) {
        id
        startsOn
        endsOn
        open
        periodLabel
        tally {
          id
          version
        }
      }
    }
  `),
  finalize: graphql(`
    mutation CycleFinalize($p: ID!) {
      finalizePeriod(periodId: $p) {
        id
        status
      }
    }
  `),
  notice: graphql(`
    query CycleNotice($p: ID!) {
      publicNotice(periodId: $p) {
        id
        startsOn
        endsOn
        open
        openObjections
        tally {
          id
          version
          lines {
            id
            residentId
            residentName
            creditScore
            roleDutyScore
            rankGroup
            rank
            evaluation {
              stars
              partyMember {
                grade
                composite
                note
              }
              representative {
                grade
                composite
                note
              }
            }
          }
        }
      }
    }
  `),
  versions: graphql(`
    query CycleVersions($p: ID!) {
      scoreTallies(periodId: $p) {
        id
        version
        reason
        contentHash
      }
    }
  `),
  verify: graphql(`
    query CycleVerify($id: ID!) {
      verifyScoreTally(tallyId: $id) {
        valid
        contentHashMatches
        anchorMatches
        chainValid
        sumsMatch
        problems
      }
    }
  `),
  raise: graphql(`
    mutation CycleRaise($input: RaiseObjectionInput!) {
      raiseObjection(input: $input) {
        id
        status
        raisedOn
        answerDueOn
        overdue
      }
    }
  `),
  answer: graphql(`
    mutation CycleAnswer($input: AnswerObjectionInput!) {
      answerObjection(input: $input) {
        id
        status
        answer
        answeredOn
        answeredLate
        correctionEntryIds
        retallyId
      }
    }
  `),
  objections: graphql(`
    query CycleObjections($p: ID!) {
      objections(periodId: $p) {
        total
        items {
          id
          status
          overdue
          answerDueOn
        }
      }
    }
  `),
  inbox: graphql(`
    query CycleInbox {
      myNotifications(limit: 100) {
        total
        items {
          kind
          title
          body
        }
      }
    }
  `),
};

export interface Period {
  id: string;
  kind: string;
  number: number;
  status: string;
}

export type DemoPerson = {
  id: string;
  name: string;
  types: string[];
  probationary: boolean;
  userId: string | null;
};

/** 大泽头村's active residents with the roles they hold now (the demo's roles run all year). */
export async function demoPeople(t: TestApp, villageId: string): Promise<DemoPerson[]> {
  return t.db.adminQuery<DemoPerson>(
    `SELECT r.id, r.name, r.user_id AS "userId",
            array_agg(DISTINCT sr.subject_type ORDER BY sr.subject_type) AS types,
            bool_or(sr.probationary) AS probationary
       FROM resident r JOIN subject_role sr ON sr.resident_id = r.id AND sr.end_date IS NULL
      WHERE r.village_id = $1 AND r.status = 'ACTIVE'
      GROUP BY r.id ORDER BY r.name`,
    [villageId],
  );
}

export { expectOk } from '../support/test-app';
