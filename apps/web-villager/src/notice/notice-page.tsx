import { NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import { beijingYear, useMyVillage } from '../app/my-village';
import { ChoiceButtons } from '../components/choice-buttons';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import { ScreenShortcut, WithoutVillage } from '../components/village-screen';
import {
  useNoticePeriods,
  PublicNoticeDocument,
  periodName,
  postedPeriods,
  type NoticeLine,
} from './notice-documents';
import { NoticeLineCard, RankGroup } from './notice-lines';
import { ObjectionForm } from './objection-form';

function NoticeView({ periodId, myResidentId }: { periodId: string; myResidentId: string | null }) {
  const [result, refetch] = useQuery({ query: PublicNoticeDocument, variables: { periodId } });
  const [objecting, setObjecting] = useState<NoticeLine | null>(null);
  const navigate = useNavigate();
  return (
    <QueryState
      result={result}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      errorTitle="暂时打不开公示"
    >
      {({ publicNotice: notice }) => {
        const lines = notice.tally.lines ?? [];
        const mine = lines.filter((l) => l.residentId === myResidentId);
        const groups = [...new Set(lines.map((l) => l.rankGroup))].sort();
        return (
          <>
            <NoticeBar
              wrap
              color={notice.open ? 'alert' : 'info'}
              content={
                notice.open
                  ? `${notice.periodLabel}公示中，${formatDate(notice.startsOn)} 至 ${formatDate(notice.endsOn)}。对任何一行有不同意见，可以在 ${formatDate(notice.endsOn)} 前提出异议。`
                  : `${notice.periodLabel}公示已于 ${formatDate(notice.endsOn)} 结束，不能再提出异议。`
              }
            />
            <p className="muted">
              第 {notice.tally.version} 版核算结果，{lines.length} 人。
            </p>
            {mine.length > 0 ? (
              <>
                <h2 className="section-title">我的一行</h2>
                {mine.map((l) => (
                  <NoticeLineCard key={l.id} line={l} mine canObject={notice.open} onObject={setObjecting} />
                ))}
              </>
            ) : (
              <p className="muted">公示中没有您的一行（只有在村村民参与积分）。</p>
            )}
            {groups.map((g) => (
              <RankGroup
                key={g}
                group={g}
                lines={lines.filter((l) => l.rankGroup === g)}
                myResidentId={myResidentId}
                canObject={notice.open}
                onObject={setObjecting}
              />
            ))}
            <ObjectionForm
              line={objecting}
              onClose={() => setObjecting(null)}
              onRaised={() => {
                setObjecting(null);
                Toast.show({ content: '异议已提交', icon: 'success' });
                navigate('/objections');
              }}
            />
          </>
        );
      }}
    </QueryState>
  );
}

export default function NoticePage() {
  const village = useMyVillage();
  const year = beijingYear();
  const [result, refetch] = useNoticePeriods(village?.id, year);
  const [chosen, setChosen] = useState<string | null>(null);
  const header = (
    <PageHeader title="积分公示" right={<ScreenShortcut to="/objections">我的异议</ScreenShortcut>} />
  );
  if (!village) return <WithoutVillage header={header} reason="您的账号不属于任何村" />;
  return (
    <>
      {header}
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时打不开公示"
      >
        {(data) => {
          const posted = postedPeriods([...data.thisYear, ...data.lastYear]);
          if (posted.length === 0)
            return (
              <EmptyState title="还没有公示" description="每季度核算后，村里会在这里公示每个人的积分和排名" />
            );
          const current =
            posted.find((p) => p.id === chosen) ?? posted.find((p) => p.status === 'NOTICE') ?? posted[0];
          return (
            <>
              <ChoiceButtons
                label="公示期间"
                value={current.id}
                onChange={setChosen}
                options={posted.slice(0, 6).map((p) => ({
                  value: p.id,
                  label: `${periodName(p)}${p.status === 'NOTICE' ? '（公示中）' : ''}`,
                }))}
              />
              <NoticeView periodId={current.id} myResidentId={data.myResident?.id ?? null} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
