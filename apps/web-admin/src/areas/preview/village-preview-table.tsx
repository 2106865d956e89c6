import { Button, Table, Tag } from 'antd';
import { formatPoints, type ResultOf } from '@village/web';
import { BeforeAfter } from './before-after';
import { gradeCountsText, starCountsText } from './figures-text';
import type { DraftPreviewQuery } from './preview-documents';

export type VillageRow = ResultOf<typeof DraftPreviewQuery>['draftPreview']['villages'][number];
type Figures = NonNullable<VillageRow['current']>;

/** One column of figures, current beside draft; '—' for a village with nothing to preview. */
function figure(pick: (f: Figures) => string) {
  return (_: unknown, v: VillageRow) =>
    v.current && v.draft ? <BeforeAfter before={pick(v.current)} after={pick(v.draft)} /> : '—';
}

/**
 * Every village the draft reaches, its year now and under the draft side by side; a village where
 * someone's grade or stars change is highlighted and says how many. Choosing one lists its people.
 */
export function VillagePreviewTable({
  villages,
  showTown,
  selected,
  onSelect,
}: {
  villages: VillageRow[];
  showTown: boolean;
  selected: string | null;
  onSelect: (villageId: string) => void;
}) {
  return (
    <Table<VillageRow>
      size="small"
      rowKey="villageId"
      dataSource={villages}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个村` }}
      locale={{ emptyText: '草稿没有涉及任何村' }}
      onRow={(v) => ({
        style:
          v.villageId === selected
            ? { background: '#e6f4ff' }
            : v.changedPeople
              ? { background: '#fffbe6' }
              : {},
      })}
      columns={[
        ...(showTown ? [{ title: '镇（街道）', dataIndex: 'townName' as const }] : []),
        {
          title: '村',
          render: (_, v) => (
            <>
              {v.villageName}
              {!v.hasList && <Tag style={{ marginLeft: 6 }}>无该年度清单</Tag>}
            </>
          ),
        },
        { title: '参评人数', dataIndex: 'residents', align: 'right' },
        { title: '平均信用积分', align: 'right', render: figure((f) => formatPoints(f.averageCreditScore)) },
        { title: '党员等次', render: figure((f) => gradeCountsText(f.partyMemberGrades)) },
        { title: '村民代表等次', render: figure((f) => gradeCountsText(f.representativeGrades)) },
        { title: '星级分布', render: figure((f) => starCountsText(f.stars)) },
        { title: '分值改变的记录', dataIndex: 'rescoredEntries', align: 'right' },
        { title: '积分有变化', render: (_, v) => `${v.scoreChangedPeople} 人`, align: 'right' },
        {
          title: '等次或星级有变化',
          align: 'right',
          render: (_, v) =>
            v.changedPeople ? <Tag color="orange">{v.changedPeople} 人</Tag> : `${v.changedPeople} 人`,
        },
        {
          title: '操作',
          render: (_, v) =>
            v.hasList && (
              <Button
                size="small"
                onClick={() => onSelect(v.villageId)}
                aria-label={`查看 ${v.villageName} 人员`}
              >
                查看人员
              </Button>
            ),
        },
      ]}
    />
  );
}
