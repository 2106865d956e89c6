import { Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatPoints, formatPointsChange, type ResultOf } from '@village/web';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { SUBJECT_LABELS } from '../scoring/scoring-labels';
import { BeforeAfter } from './before-after';
import { gradeText, starText } from './figures-text';
import { DraftPreviewPeopleQuery } from './preview-documents';

type Person = ResultOf<typeof DraftPreviewPeopleQuery>['draftPreviewPeople']['items'][number];
type Figures = Person['current'];

const side = (pick: (f: Figures) => string) => (_: unknown, p: Person) => (
  <BeforeAfter before={pick(p.current)} after={pick(p.draft)} />
);

/** What the draft does to each of the person's items: "N10 −10 → −8", the reason on hover. */
function ItemChanges({ person }: { person: Person }) {
  if (!person.items.length) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {person.items.map((i) => {
        const text = `${i.itemCode}${i.entries > 1 ? ` ×${i.entries}` : ''}：${formatPointsChange(i.recordedPoints)} → ${formatPointsChange(i.draftPoints)}`;
        return i.note ? (
          <Tooltip key={i.itemCode} title={i.note}>
            <Typography.Text underline>{text}</Typography.Text>
          </Tooltip>
        ) : (
          <span key={i.itemCode}>{text}</span>
        );
      })}
    </Space>
  );
}

/**
 * One village's people, now and under the draft, those whose grade or stars move first. By default
 * only the people the draft changes; the switch shows everyone.
 */
export function PeoplePreviewTable({
  draft,
  year,
  villageId,
  onlyChanged,
  onOnlyChanged,
}: {
  draft: { manualId?: string; frameworkId?: string };
  year: number;
  villageId: string;
  onlyChanged: boolean;
  onOnlyChanged: (value: boolean) => void;
}) {
  const paging = usePaging(20);
  const [result, refetch] = useQuery({
    query: DraftPreviewPeopleQuery,
    variables: { ...draft, year, villageId, onlyChanged, ...paging.variables },
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch
          checked={onlyChanged}
          onChange={(value) => {
            paging.reset();
            onOnlyChanged(value);
          }}
          aria-label="只看有变化的人"
        />
        <span>只看有变化的人</span>
      </Space>
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.draftPreviewPeople.total === 0}
        empty={onlyChanged ? '草稿不改变本村任何人的积分、等次或星级' : '本村该年度没有参评人员'}
      >
        {(d) => (
          <Table<Person>
            size="small"
            rowKey="residentId"
            dataSource={d.draftPreviewPeople.items}
            pagination={paging.pagination(d.draftPreviewPeople.total)}
            onRow={(p) => ({ style: p.gradeChanged || p.starsChanged ? { background: '#fffbe6' } : {} })}
            columns={[
              {
                title: '姓名',
                render: (_, p) => (
                  <>
                    {p.residentName}
                    {p.gradeChanged && (
                      <Tag color="orange" style={{ marginLeft: 6 }}>
                        等次变化
                      </Tag>
                    )}
                    {p.starsChanged && (
                      <Tag color="orange" style={{ marginLeft: 6 }}>
                        星级变化
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: '身份',
                render: (_, p) => p.subjectTypes.map((s) => SUBJECT_LABELS[s] ?? s).join('、'),
              },
              { title: '信用积分', align: 'right', render: side((f) => formatPoints(f.creditScore)) },
              { title: '角色职责积分', align: 'right', render: side((f) => formatPoints(f.roleDutyScore)) },
              { title: '党员等次', render: side((f) => gradeText(f.evaluation.partyMember)) },
              { title: '村民代表等次', render: side((f) => gradeText(f.evaluation.representative)) },
              { title: '星级', render: side((f) => starText(f.evaluation.stars)) },
              { title: '分值改变的事项', render: (_, p) => <ItemChanges person={p} /> },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
