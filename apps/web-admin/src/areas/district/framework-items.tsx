import { useMutation } from 'urql';
import { EditableItems } from '../../components/editable-items';
import type { TableItem } from '../../components/items-table';
import {
  AddEvaluationItemMutation,
  UpdateEvaluationItemMutation,
  WithdrawEvaluationItemMutation,
} from './framework-documents';

const LABELS = {
  add: '新增评价事项',
  edit: '修改事项',
  added: '已新增',
  withdrawTitle: '撤回事项',
  withdrawNote: '撤回后该事项不再计入本框架（记录保留）。',
};

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
  const [, addItem] = useMutation(AddEvaluationItemMutation);
  const [, updateItem] = useMutation(UpdateEvaluationItemMutation);
  const [, withdrawItem] = useMutation(WithdrawEvaluationItemMutation);
  return (
    <EditableItems
      items={items}
      editable={editable}
      labels={LABELS}
      add={(item) => addItem({ input: { frameworkId, item } })}
      update={(itemId, item) => updateItem({ input: { itemId, item } })}
      withdraw={(itemId) => withdrawItem({ itemId })}
      onChanged={onChanged}
    />
  );
}
