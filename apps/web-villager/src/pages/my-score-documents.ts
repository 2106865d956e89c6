import { graphql, type DocumentType } from '@village/web/graphql';

export const MyScoreDocument = graphql(`
  query VillagerMyScore($year: Int, $quarter: Int) {
    myScore(year: $year, quarter: $quarter) {
      ...ResidentScoreFields
      quarter
    }
  }
`);

export type ScoreEntry = DocumentType<typeof MyScoreDocument>['myScore']['entries'][number];
