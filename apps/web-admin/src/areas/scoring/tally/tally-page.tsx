import { Alert, App, Button, Card, Descriptions, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, beijingToday, formatDate, formatDateTime } from '@village/web';
import { confirmIrreversible } from '../../../components/confirm-irreversible';
import { QueryView } from '../../../components/query-view';
import { PERIOD_KIND_LABELS, PERIOD_STATUS_COLOURS, PERIOD_STATUS_LABELS } from '../scoring-labels';
import { currentYear, useVillageScope } from '../village-scope';
import { ObjectionsPanel } from './objections-panel';
import { TallyResult } from './tally-result';
import {
  ScoringTallyFinalizeDocument,
  ScoringTallyNoticeDocument,
  ScoringTallyPeriodsDocument,
  ScoringTallyPublishDocument,
  ScoringTallyRunDocument,
} from './tally-documents';

type Period = {
  id: string;
  kind: string;
  number: number;
  year: number;
  startsOn: string;
  endsOn: string;
  status: string;
};

function periodLabel(p: Period): string {
  return p.kind === 'YEAR' ? `${p.year} 年度总评` : `${p.year} 年第 ${p.number} 季度`;
}

/** The first period waiting for the council: ended and not final; else the latest one. */
function defaultPeriod(periods: Period[]): Period | undefined {
  const today = beijingToday();
  return periods.find((p) => p.status !== 'FINAL' && p.endsOn < today) ?? periods[periods.length - 1];
}

/**
 * Tally and notice for one quarter or the year: tally, publish (the notice window starts), answer
 * the objections, finalize. Each irreversible step is confirmed first, saying what stays fixed.
 */
export default function TallyPage() {
  const { modal, message } = App.useApp();
  const scope = useVillageScope();
  const [year, setYear] = useState(currentYear());
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [periods, refetchPeriods] = useQuery({
    query: ScoringTallyPeriodsDocument,
    variables: { villageId: scope.villageId ?? '', year },
    pause: !scope.villageId,
  });
  const choices = (periods.data?.scoringPeriods ?? [])
    .filter((p) => p.kind !== 'MONTH')
    .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === 'QUARTER' ? -1 : 1));
  const period = choices.find((p) => p.id === periodId);
  useEffect(() => {
    if (!period && choices.length > 0) setPeriodId(defaultPeriod(choices)?.id ?? null);
  }, [period, choices]);
  const posted = period?.status === 'NOTICE' || period?.status === 'FINAL';
  const [notice, refetchNotice] = useQuery({
    query: ScoringTallyNoticeDocument,
    variables: { periodId: period?.id ?? '' },
    pause: !posted,
  });
  const [tallying, runTally] = useMutation(ScoringTallyRunDocument);
  const [publishing, publish] = useMutation(ScoringTallyPublishDocument);
  const [finalizing, finalize] = useMutation(ScoringTallyFinalizeDocument);

  const reload = () => {
    refetchPeriods({ requestPolicy: 'network-only' });
    if (posted) refetchNotice({ requestPolicy: 'network-only' });
  };
  const act = async (run: () => Promise<{ error?: unknown }>, done: string) => {
    setFailure(null);
    const answer = await run();
    if (answer.error) setFailure(apiErrorMessage(answer.error as never));
    else {
      message.success(done);
      reload();
    }
  };

  const onTally = () =>
    period &&
    act(
      () => runTally({ periodId: period.id, reason: period.status === 'TALLIED' ? '公示前重新核算' : null }),
      `${periodLabel(period)}已核算`,
    );
  const onPublish = async () => {
    if (!period) return;
    const ok = await confirmIrreversible(modal, {
      title: `发布${periodLabel(period)}的公示？`,
      consequence:
        '公示后本村村民会收到通知并可在公示期内提出异议；公示的核算结果不能撤回，只能因异议成立而更正后重新公示。',
      okText: '发布公示',
    });
    if (ok) await act(() => publish({ periodId: period.id }), '已发布公示');
  };
  const onFinalize = async () => {
    if (!period) return;
    const ok = await confirmIrreversible(modal, {
      title: `${periodLabel(period)}定案？`,
      consequence: '定案后该期间的积分结果固定，不再接受异议，也不能重新核算。',
      okText: '定案',
    });
    if (ok) await act(() => finalize({ periodId: period.id }), `${periodLabel(period)}已定案`);
  };

  return (
    <>
      <Typography.Title level={3}>核算与公示</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
        <label htmlFor="tally-year">年度</label>
        <InputNumber id="tally-year" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        <label htmlFor="tally-period">期间</label>
        <Select
          id="tally-period"
          style={{ minWidth: 200 }}
          value={period?.id}
          onChange={setPeriodId}
          options={choices.map((p) => ({
            value: p.id,
            label: `${periodLabel(p)}（${PERIOD_STATUS_LABELS[p.status] ?? p.status}）`,
          }))}
        />
      </Space>
      {!scope.villageId && <Typography.Paragraph>请先选择村。</Typography.Paragraph>}
      {scope.villageId && (
        <QueryView
          result={periods}
          retry={reload}
          isEmpty={(d) => d.scoringPeriods.length === 0}
          empty={`${year} 年度的积分期间尚未开启（在“积分年度与期间”中开启）`}
        >
          {() =>
            period && (
              <>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                    <Descriptions.Item label="期间">{periodLabel(period)}</Descriptions.Item>
                    <Descriptions.Item label="起止">
                      {formatDate(period.startsOn)} 至 {formatDate(period.endsOn)}
                    </Descriptions.Item>
                    <Descriptions.Item label="状态">
                      <Tag color={PERIOD_STATUS_COLOURS[period.status]}>
                        {PERIOD_STATUS_LABELS[period.status]}
                      </Tag>
                    </Descriptions.Item>
                    {posted && notice.data && (
                      <>
                        <Descriptions.Item label="公示期">
                          {formatDate(notice.data.publicNotice.startsOn)} 至{' '}
                          {formatDate(notice.data.publicNotice.endsOn)}
                          {notice.data.publicNotice.open ? (
                            <Tag color="orange" style={{ marginLeft: 8 }}>
                              公示期内
                            </Tag>
                          ) : (
                            <Tag style={{ marginLeft: 8 }}>公示期已满</Tag>
                          )}
                        </Descriptions.Item>
                        <Descriptions.Item label="发布时间">
                          {formatDateTime(notice.data.publicNotice.postedAt)}
                        </Descriptions.Item>
                        <Descriptions.Item label="未答复异议">
                          {notice.data.publicNotice.openObjections} 条
                        </Descriptions.Item>
                      </>
                    )}
                  </Descriptions>
                  <Space wrap style={{ marginTop: 12 }}>
                    {(period.status === 'OPEN' ||
                      period.status === 'CLOSED' ||
                      period.status === 'TALLIED') && (
                      <Button
                        type={period.status === 'TALLIED' ? 'default' : 'primary'}
                        loading={tallying.fetching}
                        onClick={onTally}
                      >
                        {period.status === 'TALLIED'
                          ? '重新核算'
                          : `核算${PERIOD_KIND_LABELS[period.kind]}积分`}
                      </Button>
                    )}
                    {period.status === 'TALLIED' && (
                      <Button type="primary" danger loading={publishing.fetching} onClick={onPublish}>
                        发布公示…
                      </Button>
                    )}
                    {period.status === 'NOTICE' && (
                      <Button type="primary" danger loading={finalizing.fetching} onClick={onFinalize}>
                        定案…
                      </Button>
                    )}
                  </Space>
                  {period.status === 'NOTICE' && notice.data && (
                    <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                      公示期满（{formatDate(notice.data.publicNotice.endsOn)} 之后）且异议全部答复后才能定案。
                    </Typography.Paragraph>
                  )}
                </Card>
                {failure && (
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    message="操作未完成"
                    description={failure}
                    style={{ marginBottom: 16 }}
                    closable
                    onClose={() => setFailure(null)}
                  />
                )}
                {posted && <ObjectionsPanel periodId={period.id} period={period} onAnswered={reload} />}
                <TallyResult periodId={period.id} yearly={period.kind === 'YEAR'} status={period.status} />
              </>
            )
          }
        </QueryView>
      )}
    </>
  );
}
