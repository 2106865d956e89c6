import { useMutation } from 'urql';
import type { VariablesOf } from '@village/web';
import { ItemFieldsModal, itemFieldsOf, type ItemFieldValues } from '../../components/item-fields-modal';
import { RulesAddVillageItemDocument, RulesUpdateVillageItemDocument } from './scoring-list-documents';

type ItemFields = VariablesOf<typeof RulesAddVillageItemDocument>['input']['item'];

/**
 * Adding or editing a village's own item in the draft list, with the same form (and the same rules:
 * levels, bands, caps, milestones) as the district's and the town's items; items beyond the manual's
 * bounds need the town's approval.
 */
export function VillageItemDialog({
  listId,
  item,
  onClose,
}: {
  listId: string;
  item: (ItemFields & { id: string }) | null;
  onClose(): void;
}) {
  const [, add] = useMutation(RulesAddVillageItemDocument);
  const [, update] = useMutation(RulesUpdateVillageItemDocument);
  const submit = async (fields: ItemFieldValues) => {
    const result = item
      ? await update({ input: { itemId: item.id, item: fields } })
      : await add({ input: { listId, item: fields } });
    if (!result.error) onClose();
    return result.error ?? null;
  };
  return (
    <ItemFieldsModal
      open
      title={item ? `修改村自定事项 ${item.code}` : '新增村自定事项'}
      initial={item ? itemFieldsOf(item as ItemFieldValues) : null}
      onCancel={onClose}
      onSubmit={submit}
    />
  );
}
