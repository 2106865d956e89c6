import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  InputNumber,
  Row,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, beijingToday, formatDate, formatDateTime, useSession } from '@village/web';
import type { ResultOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { QueryView } from '../../../components/query-view';
import { PERIOD_KIND_LABELS, PERIOD_STATUS_COLOURS, PERIOD_STATUS_LABELS } from '../scoring-labels';
import { currentYear, useVillageScope } from '../village-scope';

const ScoringYearPeriodsDocument = graphql(`
  query ScoringYearPeriods($villageId: ID!, $year: Int!, $today: String!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      id
      kind
      number
      startsOn
      endsOn
      status
      history {
        id
        fromStatus
        toStatus
        reason
        createdAt
      }
    }
    scoringPeriodFor(villageId: $villageId, date: $today) {
      month {
        id
      }
      quarter {
        id
      }
    }
  }
`);

const ScoringOpenYearDocument = graphql(`
  mutation ScoringOpenYear($villageId: ID!, $year: Int!) {
    openScoringYear(villageId: $villageId, year: $year) {
      id
    }
  }
`);

const ScoringAdvancePeriodDocument = graphql(`
  mutation ScoringAdvancePeriod($id: ID!, $reason: String!) {
    advanceScoringPeriod(id: $id, to: CLOSED, reason: $reason) {
      id
      status
    }
  }
`);

type Period = ResultOf<typeof ScoringYearPeriodsDocument>['scoringPeriods'][number];

function name(p: Period): string {
  return p.kind === 'MONTH' ? `${p.number} 月` : p.kind === 'QUARTER' ? `第 ${p.number} 季度` : '全年';
}

/** The scoring year: open it (once the list is adopted), its periods and each one's status timeline. */
export default function ScoringYearPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const scope = useVillageScope();
  const [year, setYear] = useState(currentYear());
  const [selected, setSelected] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: ScoringYearPeriodsDocument,
    variables: { villageId: scope.villageId ?? '', year, today: beijingToday() },
    pause: !scope.villageId,
  });
  const [opening, open] = useMutation(ScoringOpenYearDocument);
  const [advancing, advance] = useMutation(ScoringAdvancePeriodDocument);
  const periods = result.data?.scoringPeriods ?? [];
  const current = new Set([
    result.data?.scoringPeriodFor?.month.id,
    result.data?.scoringPeriodFor?.quarter.id,
  ]);
  const chosen = periods.find((p) => p.id === selected) ?? null;
  const manage = can('SCORING_LIST_MANAGE');
  return (
    <>
      <Typography.Title level={3}>积分年度与期间</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {scope.picker}
        <label htmlFor="year-input">年度</label>
        <InputNumber id="year-input" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        {manage && scope.villageId && (
          <Button
            loading={opening.fetching}
            onClick={async () => {
              setFailure(null);
              const answer = await open({ villageId: scope.villageId as string, year });
              if (answer.error) setFailure(apiErrorMessage(answer.error));
              else message.success(`${year} 年度积分期间已开启`);
            }}
          >
            开启 {year} 年度
          </Button>
        )}
      </Space>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={failure}
          style={{ marginBottom: 12 }}
          closable
          onClose={() => setFailure(null)}
        />
      )}
      {scope.villageId && (
        <QueryView
          result={result}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          isEmpty={(d) => d.scoringPeriods.length === 0}
          empty={`${year} 年度尚未开启（须先通过该年度的积分评价清单）`}
        >
          {() => (
            <Row gutter={16}>
              <Col xs={24} lg={14}>
                <Table<Period>
                  size="small"
                  rowKey="id"
                  dataSource={periods}
                  pagination={false}
                  onRow={(p) => ({ onClick: () => setSelected(p.id) })}
                  rowSelection={{
                    type: 'radio',
                    selectedRowKeys: selected ? [selected] : [],
                    onChange: (keys) => setSelected(String(keys[0])),
                  }}
                  columns={[
                    {
                      title: '期间',
                      render: (_, p) =>
                        `${PERIOD_KIND_LABELS[p.kind]} · ${name(p)}${current.has(p.id) ? '（当前）' : ''}`,
                    },
                    {
                      title: '起止',
                      render: (_, p) => `${formatDate(p.startsOn)} 至 ${formatDate(p.endsOn)}`,
                    },
                    {
                      title: '状态',
                      render: (_, p) => (
                        <Tag color={PERIOD_STATUS_COLOURS[p.status]}>{PERIOD_STATUS_LABELS[p.status]}</Tag>
                      ),
                    },
                  ]}
                />
              </Col>
              <Col xs={24} lg={10}>
                <Card size="small" title={chosen ? `${name(chosen)} 的状态变化` : '选择一个期间查看状态变化'}>
                  {chosen && (
                    <>
                      <Timeline
                        items={chosen.history.map((h) => ({
                          children: `${formatDateTime(h.createdAt)} ${h.fromStatus ? PERIOD_STATUS_LABELS[h.fromStatus] : '开启'} → ${PERIOD_STATUS_LABELS[h.toStatus]}：${h.reason}`,
                        }))}
                      />
                      {manage && chosen.kind === 'MONTH' && chosen.status === 'OPEN' && (
                        <Space.Compact style={{ width: '100%' }}>
                          <Input
                            aria-label="结束登记的原因"
                            placeholder="结束登记的原因（必填）"
                            value={reason}
                            onChange={(e) => setReason(e.target.value)}
                          />
                          <Button
                            disabled={!reason.trim()}
                            loading={advancing.fetching}
                            onClick={async () => {
                              const answer = await advance({ id: chosen.id, reason: reason.trim() });
                              if (answer.error) setFailure(apiErrorMessage(answer.error));
                              else {
                                message.success(`${name(chosen)}已结束登记`);
                                setReason('');
                              }
                            }}
                          >
                            结束本月登记
                          </Button>
                        </Space.Compact>
                      )}
                    </>
                  )}
                </Card>
              </Col>
            </Row>
          )}
        </QueryView>
      )}
    </>
  );
}
