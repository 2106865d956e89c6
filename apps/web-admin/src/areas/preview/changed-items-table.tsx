import { Table, Tag } from 'antd';
import type { ResultOf } from '@village/web';
import type { DraftPreviewQuery } from './preview-documents';

type Change = ResultOf<typeof DraftPreviewQuery>['draftPreview']['changedItems'][number];

/** The items the draft scores differently from the villages' adopted lists, rule beside rule. */
export function ChangedItemsTable({ items, framework }: { items: Change[]; framework: boolean }) {
  return (
    <Table<Change>
      size="small"
      rowKey="code"
      dataSource={items}
      pagination={false}
      locale={{
        emptyText: framework
          ? '草稿的评价事项计分与各村现行清单相同；评分规则（基础分、权重、分数线）的改动仍会改变等次与星级'
          : '草稿的事项计分与各村现行清单相同',
      }}
      columns={[
        { title: '编码', dataIndex: 'code', width: 80 },
        { title: '事项', dataIndex: 'name' },
        { title: '现行规则', dataIndex: 'currentRule' },
        {
          title: '草稿规则',
          render: (_, c) => c.draftRule ?? <Tag color="red">停用（不再计分）</Tag>,
        },
        { title: '涉及村数', dataIndex: 'villages', width: 90, align: 'right' },
      ]}
    />
  );
}
