import { Table, Tag, Typography } from 'antd';
import { formatPoints, formatPointsChange } from '@village/web';
import type { ResultOf } from '@village/web';
import type { ScoringTallyLinesDocument } from './tally-documents';
import { GRADE_LABELS, RANK_GROUP_LABELS, SUBJECT_LABELS } from '../scoring-labels';

type Line = NonNullable<ResultOf<typeof ScoringTallyLinesDocument>['scoreTally']['lines']>[number];

function grades(line: Line): string {
  const e = line.evaluation;
  if (!e) return '';
  const parts: string[] = [];
  if (e.partyMember)
    parts.push(
      `党员：${GRADE_LABELS[e.partyMember.grade ?? ''] ?? '未评定'}（${formatPoints(e.partyMember.composite)}）${e.partyMember.note ? ` ${e.partyMember.note}` : ''}`,
    );
  if (e.representative)
    parts.push(
      `代表：${GRADE_LABELS[e.representative.grade ?? ''] ?? '未评定'}（${formatPoints(e.representative.composite)}）${e.representative.note ? ` ${e.representative.note}` : ''}`,
    );
  if (e.cadre)
    parts.push(
      `村干部：${GRADE_LABELS[e.cadre.grade ?? ''] ?? '未评定'}（${formatPoints(e.cadre.composite)}）${e.cadre.note ? ` ${e.cadre.note}` : ''}`,
    );
  if (e.stars !== null)
    parts.push(`${'★'.repeat(e.stars)}（${e.stars} 星）${e.starsNote ? ` ${e.starsNote}` : ''}`);
  return parts.join('；');
}

/**
 * The tally's lines, party members and representatives ranked apart from the villagers (two tables,
 * each with its own ranks). A year's tally adds the grades and stars with their notes.
 */
export function TallyLines({ lines, yearly }: { lines: Line[]; yearly: boolean }) {
  return (
    <>
      {(['KEY', 'VILLAGER'] as const).map((group) => {
        const rows = lines.filter((l) => l.rankGroup === group);
        return (
          <section key={group} aria-label={`${RANK_GROUP_LABELS[group]}排名`}>
            <Typography.Title level={5}>
              {RANK_GROUP_LABELS[group]}（{rows.length} 人）
            </Typography.Title>
            <Table<Line>
              size="small"
              rowKey="id"
              dataSource={rows}
              pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 人`, hideOnSinglePage: true }}
              locale={{ emptyText: '本组无人' }}
              columns={[
                { title: '名次', dataIndex: 'rank', width: 70 },
                {
                  title: '姓名',
                  render: (_, l) => (
                    <>
                      {l.residentName}
                      {l.vetoed && (
                        <Tag color="red" style={{ marginLeft: 6 }}>
                          一票否决
                        </Tag>
                      )}
                      {l.probationary && <Tag style={{ marginLeft: 6 }}>预备党员</Tag>}
                    </>
                  ),
                },
                {
                  title: '身份',
                  render: (_, l) => l.subjectTypes.map((s) => SUBJECT_LABELS[s] ?? s).join('、'),
                },
                {
                  title: '本期信用奖惩分',
                  align: 'right',
                  render: (_, l) => formatPointsChange(l.periodCreditPoints),
                },
                { title: '信用积分', align: 'right', render: (_, l) => formatPoints(l.creditScore) },
                ...(group === 'KEY'
                  ? [
                      {
                        title: '本期职责奖惩分',
                        align: 'right' as const,
                        render: (_: unknown, l: Line) =>
                          l.periodRoleDutyPoints === null ? '—' : formatPointsChange(l.periodRoleDutyPoints),
                      },
                      {
                        title: '角色职责积分',
                        align: 'right' as const,
                        render: (_: unknown, l: Line) => formatPoints(l.roleDutyScore),
                      },
                    ]
                  : []),
                ...(yearly
                  ? [{ title: '等次与星级', render: (_: unknown, l: Line) => grades(l) || '—' }]
                  : []),
              ]}
            />
          </section>
        );
      })}
    </>
  );
}
