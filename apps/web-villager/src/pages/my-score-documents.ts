import { graphql, type DocumentType } from '@village/web/graphql';

export const MyScoreDocument = graphql(`
  query VillagerMyScore($year: Int, $quarter: Int) {
    myScore(year: $year, quarter: $quarter) {
      residentName
      periodLabel
      from
      to
      quarter
      postedVersion
      laterEntries
      tracks {
        track
        baseScore
        points
        quarterPoints
        score
        entryCount
      }
      entries {
        id
        seq
        kind
        track
        itemCode
        itemName
        points
        quantity
        actedOn
        expiresOn
        inQuarter
        reviewerName
        declarantName
        reason
        reversed
        reversesEntryId
        repeatMultiplier
        evidence {
          fileName
          contentType
          sizeBytes
        }
      }
    }
  }
`);

export type ScoreEntry = DocumentType<typeof MyScoreDocument>['myScore']['entries'][number];
