import { graphql, type DocumentType } from '@village/web/graphql';

export const MentoringVisitsDocument = graphql(`
  query IncentivesMentoringVisits($caseId: ID!) {
    mentoringVisits(caseId: $caseId) {
      id
      visitedOn
      note
      agreedImprovement
    }
  }
`);

export const SetMentoringRuleDocument = graphql(`
  mutation IncentivesSetMentoringRule($input: SetMentoringRuleInput!) {
    setMentoringRule(input: $input) {
      maxStars
      bottomPercent
    }
  }
`);

export type AdminMentoringVisit = DocumentType<typeof MentoringVisitsDocument>['mentoringVisits'][number];
