import { Card, ErrorBlock } from 'antd-mobile';
import { useQuery } from 'urql';
import { apiErrorMessage, formatPoints, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { Loading } from '../app/villager-router';

const MyScoreSummaryDocument = graphql(`
  query VillagerMyScoreSummary {
    myScore {
      residentName
      periodLabel
      tracks {
        track
        baseScore
        points
        score
      }
    }
  }
`);

const TRACK_LABELS: Record<string, string> = { CREDIT: '居民信用积分', ROLE_DUTY: '角色职责积分' };

export default function MyScorePage() {
  const session = useSession();
  const [result] = useQuery({ query: MyScoreSummaryDocument });
  if (result.error && !result.data) {
    return (
      <>
        <h1 style={{ fontSize: '1.4rem' }}>{session.me?.displayName}，您好</h1>
        <ErrorBlock status="default" title="暂时查不到积分" description={apiErrorMessage(result.error)} />
      </>
    );
  }
  if (!result.data) return <Loading />;
  const score = result.data.myScore;
  return (
    <>
      <h1 style={{ fontSize: '1.4rem' }}>{score.residentName}，您好</h1>
      <p className="muted">{score.periodLabel}</p>
      {score.tracks.map((t) => (
        <Card key={t.track} title={TRACK_LABELS[t.track] ?? t.track} style={{ marginBottom: 12 }}>
          <div className="points-big" aria-label={`${TRACK_LABELS[t.track]} ${formatPoints(t.score)} 分`}>
            {formatPoints(t.score)}
          </div>
          <div className="muted">
            基础分 {formatPoints(t.baseScore)} ＋ 奖惩分 {formatPoints(t.points)}
          </div>
        </Card>
      ))}
      <p className="muted">账号：{session.me?.displayName}</p>
    </>
  );
}
