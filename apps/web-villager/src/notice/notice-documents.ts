import { useQuery } from 'urql';
import { graphql, type DocumentType } from '@village/web/graphql';

// This year's and last year's periods read the same fields (a notice of last year's fourth quarter
// is still shown in January).
export const NoticePeriodFields = graphql(`
  fragment VillagerNoticePeriodFields on ScoringPeriod {
    id
    kind
    number
    year
    status
    endsOn
  }
`);

export const NoticePeriodsDocument = graphql(`
  query VillagerNoticePeriods($villageId: ID!, $year: Int!, $lastYear: Int!) {
    thisYear: scoringPeriods(villageId: $villageId, year: $year) {
      ...VillagerNoticePeriodFields
    }
    lastYear: scoringPeriods(villageId: $villageId, year: $lastYear) {
      ...VillagerNoticePeriodFields
    }
    myResident {
      id
    }
  }
`);

/** The village's periods of `year` and the year before, waiting until the village is known. */
export function useNoticePeriods(villageId: string | undefined, year: number) {
  return useQuery({
    query: NoticePeriodsDocument,
    variables: { villageId: villageId ?? '', year, lastYear: year - 1 },
    pause: !villageId,
  });
}

export const PublicNoticeDocument = graphql(`
  query VillagerPublicNotice($periodId: ID!) {
    publicNotice(periodId: $periodId) {
      id
      periodId
      periodLabel
      open
      startsOn
      endsOn
      postedAt
      openObjections
      tally {
        id
        version
        lines {
          id
          rank
          rankGroup
          residentId
          residentName
          creditScore
          periodCreditPoints
          roleDutyScore
          periodRoleDutyPoints
          subjectTypes
          probationary
          vetoed
          evaluation {
            stars
            partyMember {
              grade
              composite
            }
            representative {
              grade
              composite
            }
          }
        }
      }
    }
  }
`);

export const RaiseObjectionDocument = graphql(`
  mutation VillagerRaiseObjection($input: RaiseObjectionInput!) {
    raiseObjection(input: $input) {
      id
      status
    }
  }
`);

export type Period = DocumentType<typeof NoticePeriodsDocument>['thisYear'][number];
export type Notice = DocumentType<typeof PublicNoticeDocument>['publicNotice'];
export type NoticeLine = NonNullable<Notice['tally']['lines']>[number];

/** Quarters and years whose tally has been posted (in notice or final), the newest first. */
export function postedPeriods(periods: Period[]): Period[] {
  return periods
    .filter((p) => p.kind !== 'MONTH' && (p.status === 'NOTICE' || p.status === 'FINAL'))
    .sort((a, b) => (a.endsOn === b.endsOn ? (a.kind === 'YEAR' ? -1 : 1) : a.endsOn < b.endsOn ? 1 : -1));
}

export function periodName(p: Period): string {
  return p.kind === 'YEAR' ? `${p.year} 年度总评` : `${p.year} 年第${p.number}季度`;
}
