import { useMutation } from 'urql';
import { EditableItems } from '../../components/editable-items';
import type { TableItem } from '../../components/items-table';
import { AddTownItemMutation, UpdateTownItemMutation, WithdrawTownItemMutation } from './manual-documents';

const LABELS = {
  add: '新增本镇事项',
  edit: '修改本镇事项',
  added: '已新增本镇事项',
  withdrawTitle: '撤回本镇事项',
  withdrawNote: '撤回后该事项不再适用（记录保留）。',
};

/** The town's own items in its manual (beside the district's); in a draft: add, change, withdraw. */
export function ManualTownItems({
  manualId,
  items,
  editable,
  onChanged,
}: {
  manualId: string;
  items: TableItem[];
  editable: boolean;
  onChanged: () => void;
}) {
  const [, addItem] = useMutation(AddTownItemMutation);
  const [, updateItem] = useMutation(UpdateTownItemMutation);
  const [, withdrawItem] = useMutation(WithdrawTownItemMutation);
  return (
    <EditableItems
      items={items}
      editable={editable}
      labels={LABELS}
      add={(item) => addItem({ input: { manualId, item } })}
      update={(itemId, item) => updateItem({ input: { itemId, item } })}
      withdraw={(itemId) => withdrawItem({ itemId })}
      onChanged={onChanged}
    />
  );
}
