import { Alert, Button, Card, Col, Row, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDate, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { QueryView } from '../../components/query-view';
import { VillageScoped } from '../people/village-scope';
import { CaptainRotaPanel } from './captain-rota-panel';
import { MEMBER_KIND_LABELS, TEAM_RULE, type MemberKindValue } from './program-labels';
import { ScoringTeamDialog, type TeamDraft } from './scoring-team-dialog';

const TeamsDocument = graphql(`
  query ProgramsScoringTeams($villageId: ID!) {
    scoringTeams(villageId: $villageId) {
      id
      number
      name
      villageId
      members {
        kind
        startDate
        endDate
        resident {
          id
          name
        }
      }
    }
  }
`);

const TEAM_NUMBERS = [1, 2, 3];

function Teams({ villageId, manage }: { villageId: string; manage: boolean }) {
  const [result, refetch] = useQuery({ query: TeamsDocument, variables: { villageId } });
  const [editing, setEditing] = useState<TeamDraft | null>(null);
  return (
    <>
      <Alert
        type="info"
        showIcon
        title="评分队伍组成要求"
        description={TEAM_RULE}
        style={{ marginBottom: 16 }}
      />
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Row gutter={[16, 16]}>
            {TEAM_NUMBERS.map((number) => {
              const team = data.scoringTeams.find((t) => t.number === number);
              const draft: TeamDraft = {
                number,
                name: team?.name ?? `第${'一二三'[number - 1]}评分队`,
                members: (team?.members ?? []).map((m) => ({
                  kind: m.kind,
                  residentId: m.resident.id,
                  name: m.resident.name,
                })),
              };
              return (
                <Col span={24} key={number}>
                  <Card
                    title={`第 ${number} 队 · ${team?.name ?? '尚未组建'}`}
                    extra={
                      manage && (
                        <Button onClick={() => setEditing(draft)}>{team ? '调整名单' : '组建队伍'}</Button>
                      )
                    }
                  >
                    {team ? (
                      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                        <Table
                          rowKey={(m) => m.resident.id}
                          size="small"
                          pagination={false}
                          dataSource={team.members}
                          locale={{ emptyText: '暂无成员' }}
                          columns={[
                            { title: '成员', render: (_, m) => m.resident.name },
                            {
                              title: '类别',
                              dataIndex: 'kind',
                              render: (k: MemberKindValue) => <Tag>{MEMBER_KIND_LABELS[k]}</Tag>,
                            },
                            { title: '加入日期', dataIndex: 'startDate', render: formatDate },
                            {
                              title: '离队日期',
                              dataIndex: 'endDate',
                              render: (v: string | null) => (v ? formatDate(v) : '—'),
                            },
                          ]}
                        />
                        <CaptainRotaPanel team={team} manage={manage} />
                      </Space>
                    ) : (
                      '本村尚未组建这支评分队伍。'
                    )}
                  </Card>
                </Col>
              );
            })}
          </Row>
        )}
      </QueryView>
      <ScoringTeamDialog
        villageId={villageId}
        team={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) refetch({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}

/** 评分队伍: the village's three scoring teams, their members by kind, and the captain rota. */
export default function ScoringTeamsPage() {
  const session = useSession();
  return (
    <VillageScoped title="评分队伍与轮值队长">
      {(villageId) => <Teams villageId={villageId} manage={session.can('GRID_MANAGE')} />}
    </VillageScoped>
  );
}
