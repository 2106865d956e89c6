import { graphql } from '@village/web/graphql';

/** 我的荣誉: the honours published on the town's lists for the signed-in resident. */
export const MyHonoursDocument = graphql(`
  query VillagerMyHonours {
    myHonours {
      id
      year
      honourName
      reason
    }
  }
`);

/** 我收到的帮扶: the visits of the signed-in resident's own mentoring cases, newest first. */
export const MyMentoringVisitsDocument = graphql(`
  query VillagerMyMentoringVisits {
    myMentoringVisits {
      id
      visitedOn
      note
      agreedImprovement
    }
  }
`);
