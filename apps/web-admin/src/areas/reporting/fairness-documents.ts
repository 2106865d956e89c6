import { graphql } from '@village/web/graphql';

export const FairnessViewDocument = graphql(`
  query ReportingFairnessView($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {
    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {
      villageId
      villageName
      periodLabel
      endsOn
      scoreSource
      scoreNote
      outlierRule
      village {
        key
        label
        residents
        scoredResidents
        averageCreditScore
        deductions
        deductionPoints
        deductionsPer100
        objectionsRaised
        objectionsUpheld
      }
      dimensions {
        key
        label
        groups {
          key
          label
          residents
          scoredResidents
          averageCreditScore
          deductions
          deductionPoints
          deductionsPer100
          objectionsRaised
          objectionsUpheld
          check {
            zScore
            flagged
            deviation
            reason
          }
        }
      }
      reviewers {
        accountId
        displayName
        entriesApproved
        deductions
        deductionPoints
        deductionShare
        check {
          zScore
          flagged
          deviation
          reason
        }
      }
      reviewerTotal {
        entriesApproved
        deductions
        deductionShare
      }
    }
  }
`);
