import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { formatPoints } from '@village/web';
import type { ItemFieldValues } from './item-fields-modal';
import { ITEM_CATEGORY_LABELS, SUBJECT_TYPE_LABELS, TRACK_LABELS } from './rulebook-labels';

export type TableItem = ItemFieldValues & { id: string; withdrawn: boolean; rule?: string };

/** Items whose rule says more than a range: their rule in the API's words goes under the points. */
const hasRicherRule = (item: TableItem) =>
  Boolean(
    item.amountBands?.length ||
    item.pointLevels?.length ||
    item.capGroup ||
    item.roundingStep ||
    item.perActMax ||
    item.householdMembers ||
    item.beneficiaryRelations?.length ||
    item.kind ||
    item.alternativeGroup ||
    item.validityRules?.length ||
    item.judgementGrade ||
    item.judgementStars !== null ||
    item.recordLevel !== 'BOTH' ||
    item.capByHousehold,
  );

function pointsText(item: TableItem): string {
  const sign = item.direction === 'NEGATIVE' ? '−' : '+';
  // A range from 0 (a direct judgement's points) reads 0～−5, not −0～5.
  const range =
    item.pointsMin === item.pointsMax
      ? formatPoints(item.pointsMin)
      : item.pointsMin === 0
        ? `0～${sign}${formatPoints(item.pointsMax)}`
        : `${formatPoints(item.pointsMin)}～${formatPoints(item.pointsMax)}`;
  const perUnit =
    item.perUnitPoints !== null
      ? `（每${item.unitLabel ?? '单位'} ${formatPoints(item.perUnitPoints)}）`
      : '';
  const signed = item.pointsMin === 0 ? range : `${sign}${range}`;
  return `${signed}${perUnit}`;
}

function capsText(item: TableItem): string {
  const caps = [
    item.capPerMonth !== null && `月 ${formatPoints(item.capPerMonth)}`,
    item.capPerQuarter !== null && `季 ${formatPoints(item.capPerQuarter)}`,
    item.capPerYear !== null && `年 ${formatPoints(item.capPerYear)}`,
  ].filter(Boolean);
  return caps.length ? caps.join(' / ') : '—';
}

/**
 * Evaluation items with every field, as one table: framework items, a manual's town items. With
 * `actions` each live row gets its buttons (edit, withdraw); withdrawn rows stay, marked, as the API
 * keeps them.
 */
export function ItemsTable({
  items,
  actions,
  extraColumns = [],
  pageSize = 20,
}: {
  items: TableItem[];
  actions?: (item: TableItem) => ReactNode;
  extraColumns?: ColumnsType<TableItem>;
  pageSize?: number;
}) {
  // A framework has dozens of items over several pages: finding one (or the one just added, on the
  // last page) by code or name beats paging through them.
  const [query, setQuery] = useState('');
  const text = query.trim().toLowerCase();
  const shown = text
    ? items.filter((i) => i.code.toLowerCase().includes(text) || i.name.toLowerCase().includes(text))
    : items;
  const columns: ColumnsType<TableItem> = [
    { title: '编码', dataIndex: 'code', width: 90, fixed: 'left' },
    {
      title: '事项',
      dataIndex: 'name',
      width: 220,
      render: (_, item) => (
        <>
          <Typography.Text delete={item.withdrawn}>{item.name}</Typography.Text>
          {item.description && (
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 2 }}>
              {item.description}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { title: '类别', dataIndex: 'category', width: 90, render: (v: string) => ITEM_CATEGORY_LABELS[v] ?? v },
    {
      title: '分值',
      key: 'points',
      width: 240,
      render: (_, item) => (
        <>
          <Tag color={item.direction === 'NEGATIVE' ? 'red' : 'green'}>
            {item.direction === 'NEGATIVE' ? '扣分 ' : '加分 '}
            {pointsText(item)}
          </Tag>
          {hasRicherRule(item) && item.rule && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
              {item.rule}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { title: '积分类型', dataIndex: 'track', width: 110, render: (v: string) => TRACK_LABELS[v] ?? v },
    {
      title: '适用主体',
      dataIndex: 'subjectTypes',
      width: 150,
      render: (v: string[]) => v.map((s) => SUBJECT_TYPE_LABELS[s] ?? s).join('、'),
    },
    { title: '累计上限', key: 'caps', width: 130, render: (_, item) => capsText(item) },
    {
      title: '有效期',
      dataIndex: 'validityMonths',
      width: 80,
      render: (v: number | null) => (v ? `${v} 个月` : '—'),
    },
    { title: '重复倍数', dataIndex: 'repeatMultiplier', width: 80, render: (v: number) => formatPoints(v) },
    {
      title: '要求',
      key: 'flags',
      width: 150,
      render: (_, item) => (
        <Space size={[0, 4]} wrap>
          {item.evidenceRequired && <Tag>需佐证</Tag>}
          {item.household && <Tag>按户</Tag>}
          {item.veto && <Tag color="volcano">一票否决</Tag>}
        </Space>
      ),
    },
    ...extraColumns,
    {
      title: '状态',
      dataIndex: 'withdrawn',
      width: 80,
      render: (v: boolean) => (v ? <Tag>已撤回</Tag> : <Tag color="green">有效</Tag>),
    },
  ];
  if (actions) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, item) => (item.withdrawn ? null : actions(item)),
    });
  }
  return (
    <>
      {items.length > pageSize && (
        <Input
          aria-label="查找事项"
          placeholder="按编码或名称查找"
          allowClear
          style={{ width: 260, marginBottom: 12 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <Table<TableItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 1500 }}
        pagination={shown.length > pageSize ? { pageSize, showTotal: (n) => `共 ${n} 项` } : false}
        locale={{ emptyText: text ? '没有符合条件的事项' : '还没有事项' }}
      />
    </>
  );
}

export function ItemActionButtons({ onEdit, onWithdraw }: { onEdit: () => void; onWithdraw: () => void }) {
  return (
    <Space>
      <Button size="small" onClick={onEdit}>
        修改
      </Button>
      <Button size="small" danger onClick={onWithdraw}>
        撤回
      </Button>
    </Space>
  );
}
