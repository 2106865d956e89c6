import { ErrorBlock } from 'antd-mobile';
import { useQuery } from 'urql';
import { PERIOD_STATUS } from '../app/labels';
import { beijingYear, useMyVillage } from '../app/my-village';
import { PageHeader } from '../components/page-header';
import { EmptyState, QueryState } from '../components/query-state';
import {
  useNoticePeriods,
  PublicNoticeDocument,
  periodName,
  postedPeriods,
  type Period,
} from '../notice/notice-documents';
import { RatingCard } from './appraisal-rating-card';

const APPRAISED = ['PARTY_MEMBER', 'REPRESENTATIVE'];

/**
 * Whom to rate. A resident may not list the village's residents, so the party members and
 * representatives are read from the latest posted notice (its lines carry each person's roles).
 */
function Candidates({ period, year, myId }: { period: Period; year: number; myId: string | null }) {
  const [result, refetch] = useQuery({ query: PublicNoticeDocument, variables: { periodId: period.id } });
  return (
    <QueryState result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ publicNotice }) => {
        const people = (publicNotice.tally.lines ?? [])
          .filter((l) => l.residentId !== myId)
          .flatMap((l) =>
            l.subjectTypes.filter((t) => APPRAISED.includes(t)).map((t) => ({ ...l, subjectType: t })),
          )
          .sort(
            (a, b) =>
              a.subjectType.localeCompare(b.subjectType) ||
              a.residentName.localeCompare(b.residentName, 'zh'),
          );
        if (people.length === 0) return <EmptyState title="没有需要评议的党员和村民代表" />;
        return (
          <>
            <p className="muted">
              名单取自{periodName(period)}的公示，共 {people.length} 项。
            </p>
            {people.map((p) => (
              <RatingCard
                key={`${p.residentId}:${p.subjectType}`}
                year={year}
                residentId={p.residentId}
                name={p.residentName}
                subjectType={p.subjectType}
              />
            ))}
          </>
        );
      }}
    </QueryState>
  );
}

export default function AppraisalPage() {
  const village = useMyVillage();
  const year = beijingYear();
  const [result, refetch] = useNoticePeriods(village?.id, year);
  return (
    <>
      <PageHeader title={`${year} 年民主评议`} back="/me" />
      <p>为本村的党员和村民代表打分（0–100 分），每人每种身份只评一次。评分不公开评议人。</p>
      <QueryState result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const yearPeriod = data.thisYear.find((p) => p.kind === 'YEAR');
          if (!yearPeriod || yearPeriod.status !== 'OPEN')
            return (
              <ErrorBlock
                status="empty"
                title="现在不能评议"
                description={
                  yearPeriod
                    ? `本村 ${year} 年度积分期间已是「${PERIOD_STATUS[yearPeriod.status] ?? yearPeriod.status}」，民主评议已结束。`
                    : `本村 ${year} 年度积分期间还没有开启，开启后才能评议。`
                }
              />
            );
          const latest = postedPeriods([...data.thisYear, ...data.lastYear])[0];
          if (!latest)
            return (
              <EmptyState title="暂时还没有名单" description="本村公示过积分后，这里会列出党员和村民代表。" />
            );
          return <Candidates period={latest} year={year} myId={data.myResident?.id ?? null} />;
        }}
      </QueryState>
    </>
  );
}
