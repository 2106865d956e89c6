import { App, Button, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatPoints } from '@village/web';
import { ITEM_CATEGORY_LABELS } from '../../components/rulebook-labels';
import { SetManualAdjustmentMutation } from './manual-documents';
import {
  ManualAdjustmentForm,
  type AdjustmentValues,
  type FrameworkItemValues,
} from './manual-adjustment-form';

interface FrameworkItemRow extends FrameworkItemValues {
  id: string;
  category: string;
  direction: string;
  unitLabel: string | null;
  withdrawn: boolean;
}

interface AdjustmentRow extends AdjustmentValues {
  itemCode: string;
}

function range(min: number, max: number) {
  return min === max ? formatPoints(min) : `${formatPoints(min)}～${formatPoints(max)}`;
}

/** The district's items as this manual applies them: framework value, the town's adjustment, and a button to change it. */
export function ManualAdjustments({
  manualId,
  editable,
  framework,
  adjustments,
}: {
  manualId: string;
  editable: boolean;
  framework: {
    maxAdjustmentPercent: number;
    rules: { townsMayDisableVetoItems: boolean };
    items: FrameworkItemRow[];
  };
  adjustments: AdjustmentRow[];
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<FrameworkItemRow | null>(null);
  const [, setAdjustment] = useMutation(SetManualAdjustmentMutation);
  const byCode = new Map(adjustments.map((a) => [a.itemCode, a]));
  const percent = framework.maxAdjustmentPercent;

  async function save(values: AdjustmentValues) {
    if (!editing) return null;
    const outcome = await setAdjustment({ input: { manualId, itemCode: editing.code, ...values } });
    if (outcome.error) return outcome.error;
    message.success(`已保存 ${editing.code} 的调整`);
    setEditing(null);
    return null;
  }

  return (
    <>
      <Table<FrameworkItemRow>
        rowKey="id"
        size="small"
        dataSource={framework.items.filter((i) => !i.withdrawn)}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 90 },
          { title: '事项', dataIndex: 'name' },
          {
            title: '类别',
            dataIndex: 'category',
            width: 90,
            render: (v: string) => ITEM_CATEGORY_LABELS[v] ?? v,
          },
          {
            title: '框架分值',
            key: 'framework',
            width: 150,
            render: (_, i) =>
              `${i.direction === 'NEGATIVE' ? '扣' : '加'} ${range(i.pointsMin, i.pointsMax)}${
                i.perUnitPoints !== null
                  ? `（每${i.unitLabel ?? '单位'} ${formatPoints(i.perUnitPoints)}）`
                  : ''
              }`,
          },
          {
            title: '本镇执行',
            key: 'adjusted',
            width: 220,
            render: (_, i) => {
              const a = byCode.get(i.code);
              if (!a) return <Tag>沿用框架</Tag>;
              if (a.disabled) return <Tag color="default">已停用</Tag>;
              const text = range(a.pointsMin ?? i.pointsMin, a.pointsMax ?? i.pointsMax);
              const perUnit = a.perUnitPoints !== null ? `（每单位 ${formatPoints(a.perUnitPoints)}）` : '';
              return (
                <Tag color="blue">
                  已调整：{text}
                  {perUnit}
                </Tag>
              );
            },
          },
          { title: '理由', key: 'reason', render: (_, i) => byCode.get(i.code)?.reason || '—' },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, i) =>
              editable && (
                <Button size="small" onClick={() => setEditing(i)} aria-label={`调整 ${i.code}`}>
                  调整
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title="停用或调整区框架事项"
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && (
          <ManualAdjustmentForm
            item={editing}
            percent={percent}
            townsMayDisableVetoItems={framework.rules.townsMayDisableVetoItems}
            initial={byCode.get(editing.code) ?? null}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}
