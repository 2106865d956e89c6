import { App, Button } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { apiErrorMessage } from '@village/web';
import { ItemFieldsModal, itemFieldsOf, type ItemFieldValues } from './item-fields-modal';
import { ItemActionButtons, ItemsTable, type TableItem } from './items-table';

/** What a write answered: its error, if any (urql's operation result). */
type WriteOutcome = Promise<{ error?: CombinedError }>;

/** The words that differ between a framework's items and a town's own items. */
export interface EditableItemsLabels {
  add: string;
  edit: string;
  added: string;
  withdrawTitle: string;
  withdrawNote: string;
}

/**
 * A draft's items (a district framework's, or a town manual's own): listed with every field, and in a
 * draft added, changed (every field in one dialog) or withdrawn after a confirmation.
 */
export function EditableItems({
  items,
  editable,
  labels,
  add,
  update,
  withdraw,
  onChanged,
}: {
  items: TableItem[];
  editable: boolean;
  labels: EditableItemsLabels;
  add(fields: ItemFieldValues): WriteOutcome;
  update(itemId: string, fields: ItemFieldValues): WriteOutcome;
  withdraw(itemId: string): WriteOutcome;
  onChanged: () => void;
}) {
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<{ item: TableItem | null } | null>(null);

  async function save(fields: ItemFieldValues) {
    const target = editing?.item;
    const outcome = target ? await update(target.id, fields) : await add(fields);
    if (outcome.error) return outcome.error;
    message.success(target ? '已保存' : labels.added);
    setEditing(null);
    onChanged();
    return null;
  }

  function confirmWithdraw(item: TableItem) {
    modal.confirm({
      title: `${labels.withdrawTitle}「${item.code} ${item.name}」？`,
      content: labels.withdrawNote,
      okText: '撤回',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await withdraw(item.id);
        if (outcome.error) message.error(apiErrorMessage(outcome.error));
        else onChanged();
      },
    });
  }

  return (
    <>
      {editable && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing({ item: null })}>
          {labels.add}
        </Button>
      )}
      <ItemsTable
        items={items}
        actions={
          editable
            ? (item) => (
                <ItemActionButtons
                  onEdit={() => setEditing({ item })}
                  onWithdraw={() => confirmWithdraw(item)}
                />
              )
            : undefined
        }
      />
      <ItemFieldsModal
        open={editing !== null}
        title={editing?.item ? `${labels.edit} ${editing.item.code}` : labels.add}
        initial={editing?.item ? itemFieldsOf(editing.item) : null}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      />
    </>
  );
}
