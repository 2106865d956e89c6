import { App, Button } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorMessage } from '@village/web';
import { ItemFieldsModal, itemFieldsOf, type ItemFieldValues } from '../../components/item-fields-modal';
import { ItemActionButtons, ItemsTable, type TableItem } from '../../components/items-table';
import {
  AddEvaluationItemMutation,
  UpdateEvaluationItemMutation,
  WithdrawEvaluationItemMutation,
} from './framework-documents';

/** A framework's evaluation items; in a draft each can be added, changed or withdrawn. */
export function FrameworkItems({
  frameworkId,
  items,
  editable,
  onChanged,
}: {
  frameworkId: string;
  items: TableItem[];
  editable: boolean;
  onChanged: () => void;
}) {
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<{ item: TableItem | null } | null>(null);
  const [, addItem] = useMutation(AddEvaluationItemMutation);
  const [, updateItem] = useMutation(UpdateEvaluationItemMutation);
  const [, withdrawItem] = useMutation(WithdrawEvaluationItemMutation);

  async function save(fields: ItemFieldValues) {
    const target = editing?.item;
    const outcome = target
      ? await updateItem({ input: { itemId: target.id, item: fields } })
      : await addItem({ input: { frameworkId, item: fields } });
    if (outcome.error) return outcome.error;
    message.success(target ? '已保存' : '已新增');
    setEditing(null);
    onChanged();
    return null;
  }

  function withdraw(item: TableItem) {
    modal.confirm({
      title: `撤回事项「${item.code} ${item.name}」？`,
      content: '撤回后该事项不再计入本框架（记录保留）。',
      okText: '撤回',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await withdrawItem({ itemId: item.id });
        if (outcome.error) message.error(apiErrorMessage(outcome.error));
        else onChanged();
      },
    });
  }

  return (
    <>
      {editable && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing({ item: null })}>
          新增评价事项
        </Button>
      )}
      <ItemsTable
        items={items}
        actions={
          editable
            ? (item) => (
                <ItemActionButtons onEdit={() => setEditing({ item })} onWithdraw={() => withdraw(item)} />
              )
            : undefined
        }
      />
      <ItemFieldsModal
        open={editing !== null}
        title={editing?.item ? `修改事项 ${editing.item.code}` : '新增评价事项'}
        initial={editing?.item ? itemFieldsOf(editing.item) : null}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      />
    </>
  );
}
