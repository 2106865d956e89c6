import { Button, Card, ErrorBlock } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import {
  apiErrorCode,
  apiErrorMessage,
  formatDate,
  formatPoints,
  formatPointsChange,
  useSession,
} from '@village/web';
import { useEarlyMyScore } from '../early/use-early-my-score';
import { MyScoreDocument } from './my-score-documents';
import { beijingYear } from '../app/my-village';
import { TRACK_LABELS } from '../app/labels';
import { ChoiceButtons } from '../components/choice-buttons';
import { PageHeader } from '../components/page-header';
import { ErrorState, Loading } from '../components/query-state';
import { ScoreEntryList } from './score-entry-list';

/** No adopted list (or no resident record) is a state of the village, not a failure of the phone. */
function notScoredYet(error: CombinedError | undefined): boolean {
  const code = apiErrorCode(error);
  const message = apiErrorMessage(error) ?? '';
  return (code === 'BAD_USER_INPUT' && message.includes('评价清单')) || message.includes('未关联村民档案');
}

export default function MyScorePage() {
  const thisYear = beijingYear();
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState(0);
  const [queried, refetch] = useQuery({
    query: MyScoreDocument,
    variables: { year, quarter: quarter || null },
  });
  // The answer to the request sent before the scripts arrived, until this query's own answer is in.
  const early = useEarlyMyScore<typeof queried.data>(year, quarter);
  const result = queried.data || !early ? queried : { ...queried, data: early, error: undefined };
  const navigate = useNavigate();
  const session = useSession();

  const choose = (
    <>
      <ChoiceButtons
        label="年度"
        value={year}
        onChange={setYear}
        options={[thisYear, thisYear - 1].map((y) => ({ value: y, label: `${y} 年` }))}
      />
      <ChoiceButtons
        label="期间"
        value={quarter}
        onChange={setQuarter}
        options={[0, 1, 2, 3, 4].map((q) => ({ value: q, label: q ? `第${q}季度` : '全年' }))}
      />
    </>
  );

  let body;
  if (result.error && !result.data && notScoredYet(result.error)) {
    body = (
      <ErrorBlock
        status="empty"
        title="暂时还没有积分"
        description={
          <>
            <p>{apiErrorMessage(result.error)}。</p>
            <p>村里的积分评价清单经村民代表大会通过后，这里就会显示您的积分和每一条加减分的依据。</p>
          </>
        }
      />
    );
  } else if (result.error && !result.data) {
    body = (
      <ErrorState
        error={result.error}
        title="暂时查不到积分"
        retry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!result.data) {
    body = <Loading />;
  } else {
    const score = result.data.myScore;
    body = (
      <>
        <p className="muted">
          {score.periodLabel}（{formatDate(score.from)} 至 {formatDate(score.to)}，从 1 月 1 日起累计）
          {score.postedVersion
            ? `，按已公示的第 ${score.postedVersion} 版核算结果说明`
            : '，尚未公示，按目前已审核通过的记录计算'}
        </p>
        {score.tracks.map((t) => (
          <Card key={t.track} title={TRACK_LABELS[t.track] ?? t.track} className="card-gap">
            <div className="points-big" aria-label={`${TRACK_LABELS[t.track]} ${formatPoints(t.score)} 分`}>
              {formatPoints(t.score)} <span style={{ fontSize: '1rem' }}>分</span>
            </div>
            <div className="muted">
              基础分 {formatPoints(t.baseScore)} ＋ 奖惩分 {formatPointsChange(t.points)}（共 {t.entryCount}{' '}
              条记录）
            </div>
            {t.quarterPoints !== null && (
              <div className="muted">本季度内奖惩分 {formatPointsChange(t.quarterPoints)}</div>
            )}
          </Card>
        ))}
        {score.laterEntries > 0 && (
          <p className="muted">
            另有 {score.laterEntries} 条记录在公示之后才记入（如更正），计入以后的核算。
          </p>
        )}
        <h2 className="section-title">每一条加减分</h2>
        <ScoreEntryList entries={score.entries} quarter={score.quarter} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={`${result.data?.myScore.residentName ?? session.me?.displayName ?? ''}，您好`} />
      {choose}
      {body}
      <div className="tap-row" style={{ marginTop: 16 }}>
        <Button color="primary" onClick={() => navigate('/declare')}>
          申报一件事
        </Button>
        <Button onClick={() => navigate('/declarations')}>我的申报</Button>
      </div>
    </>
  );
}
