import { graphql } from '@village/web/graphql';

export const PayoutPeriodsDocument = graphql(`
  query IncentivesPayoutPeriods($villageId: ID!, $year: Int!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      id
      kind
      number
      status
    }
  }
`);

export const PayoutPlansDocument = graphql(`
  query IncentivesPayoutPlans($villageId: ID!, $year: Int) {
    payoutPlans(villageId: $villageId, year: $year) {
      id
      title
      periodKind
      periodNumber
      year
      status
      yuanPerPoint
      totalYuan
      lineCount
      createdAt
    }
  }
`);

export const PayoutPlanDocument = graphql(`
  query IncentivesPayoutPlan($id: ID!) {
    payoutPlan(id: $id) {
      id
      title
      status
      yuanPerPoint
      totalYuan
      lineCount
      digest
      voteExpected
      votePresent
      voteFor
      voteAgainst
      voteAbstain
      votedOn
      postedAt
      paidOn
      lines {
        position
        residentId
        residentName
        basisPoints
        amountYuan
      }
      events {
        status
        note
        createdAt
      }
    }
  }
`);

export const DraftPayoutPlanDocument = graphql(`
  mutation IncentivesDraftPayoutPlan($input: DraftPayoutPlanInput!) {
    draftPayoutPlan(input: $input) {
      id
    }
  }
`);

export const RecordPayoutVoteDocument = graphql(`
  mutation IncentivesRecordPayoutVote($input: RecordPayoutVoteInput!) {
    recordPayoutVote(input: $input) {
      id
      status
    }
  }
`);

export const PostPayoutPlanDocument = graphql(`
  mutation IncentivesPostPayoutPlan($planId: ID!) {
    postPayoutPlan(planId: $planId) {
      id
      status
    }
  }
`);

export const MarkPayoutPaidDocument = graphql(`
  mutation IncentivesMarkPayoutPaid($input: MarkPayoutPaidInput!) {
    markPayoutPaid(input: $input) {
      id
      status
    }
  }
`);

export const PAYOUT_STATUS: Record<string, { label: string; color: string }> = {
  DRAFTED: { label: '已起草，待表决', color: 'processing' },
  VOTED: { label: '表决通过，待公示', color: 'cyan' },
  REJECTED: { label: '表决未通过', color: 'error' },
  POSTED: { label: '已公示，待发放', color: 'gold' },
  PAID: { label: '已发放', color: 'success' },
};

export const yuan = (n: number) =>
  `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
