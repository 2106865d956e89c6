import { graphql } from '@village/web/graphql';

export const ScoringTallyPeriodsDocument = graphql(`
  query ScoringTallyPeriods($villageId: ID!, $year: Int!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      id
      kind
      number
      year
      startsOn
      endsOn
      status
    }
  }
`);

export const ScoringTallyVersionsDocument = graphql(`
  query ScoringTallyVersions($periodId: ID!) {
    scoreTallies(periodId: $periodId) {
      id
      version
      reason
      createdAt
      residentCount
    }
  }
`);

export const ScoringTallyLinesDocument = graphql(`
  query ScoringTallyLines($id: ID!) {
    scoreTally(id: $id) {
      id
      version
      periodKind
      windowStartsOn
      windowEndsOn
      residentCount
      contentHash
      lines {
        id
        residentId
        residentName
        rankGroup
        rank
        subjectTypes
        probationary
        vetoed
        periodCreditPoints
        creditPoints
        creditScore
        periodRoleDutyPoints
        roleDutyPoints
        roleDutyScore
        evaluation {
          stars
          starsNote
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
          cadre {
            grade
            composite
            note
          }
        }
      }
    }
  }
`);

export const ScoringTallyNoticeDocument = graphql(`
  query ScoringTallyNotice($periodId: ID!) {
    publicNotice(periodId: $periodId) {
      id
      periodLabel
      startsOn
      endsOn
      open
      openObjections
      postedAt
      tally {
        id
        version
      }
    }
  }
`);

export const ScoringTallyRunDocument = graphql(`
  mutation ScoringTallyRun($periodId: ID!, $reason: String) {
    tallyPeriod(periodId: $periodId, reason: $reason) {
      id
      version
    }
  }
`);

export const ScoringTallyPublishDocument = graphql(`
  mutation ScoringTallyPublish($periodId: ID!) {
    publishTally(periodId: $periodId) {
      id
      endsOn
    }
  }
`);

export const ScoringTallyFinalizeDocument = graphql(`
  mutation ScoringTallyFinalize($periodId: ID!) {
    finalizePeriod(periodId: $periodId) {
      id
      status
    }
  }
`);

export const ScoringObjectionsDocument = graphql(`
  query ScoringObjections($periodId: ID!, $limit: Int!, $offset: Int!) {
    objections(periodId: $periodId, limit: $limit, offset: $offset) {
      total
      items {
        id
        status
        reason
        raisedOn
        answerDueOn
        overdue
        answeredLate
        answeredOn
        answer
        subjectResidentId
        objectorResidentId
        tallyLineId
        correctionEntryIds
        retallyId
      }
    }
  }
`);

export const ScoringObjectionEntriesDocument = graphql(`
  query ScoringObjectionEntries($residentId: ID!, $from: String, $to: String) {
    ledgerEntries(residentId: $residentId, from: $from, to: $to, limit: 100) {
      items {
        id
        seq
        actedOn
        itemCode
        itemName
        kind
        points
        track
        reversesEntryId
      }
    }
  }
`);

export const ScoringAnswerObjectionDocument = graphql(`
  mutation ScoringAnswerObjection($input: AnswerObjectionInput!) {
    answerObjection(input: $input) {
      id
      status
    }
  }
`);
