import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { VariablesOf } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { CATEGORY_LABELS, DIRECTION_LABELS, SUBJECT_LABELS, TRACK_LABELS } from '../scoring/scoring-labels';
import { RulesAddVillageItemDocument, RulesUpdateVillageItemDocument } from './scoring-list-documents';

type ItemFields = VariablesOf<typeof RulesAddVillageItemDocument>['input']['item'];
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Adding or editing a village's own item in the draft list; items beyond the manual's bounds need the town's approval. */
export function VillageItemDialog({
  listId,
  item,
  onClose,
}: {
  listId: string;
  item: (ItemFields & { id: string }) | null;
  onClose(): void;
}) {
  const [form] = Form.useForm<ItemFields>();
  const [failure, setFailure] = useState<string | null>(null);
  const [adding, add] = useMutation(RulesAddVillageItemDocument);
  const [updating, update] = useMutation(RulesUpdateVillageItemDocument);
  const submit = async (fields: ItemFields) => {
    setFailure(null);
    const result = item
      ? await update({ input: { itemId: item.id, item: fields } })
      : await add({ input: { listId, item: fields } });
    if (result.error) setFailure(applyApiError(form, result.error));
    else onClose();
  };
  const initial: Partial<ItemFields> = item
    ? Object.fromEntries(
        Object.entries(item).filter(
          ([k]) => !['id', '__typename', 'requiresApproval', 'approvedAt', 'withdrawn'].includes(k),
        ),
      )
    : {
        direction: 'POSITIVE',
        track: 'CREDIT',
        subjectTypes: ['VILLAGER'],
        repeatMultiplier: 1,
        description: '',
      };
  return (
    <Modal
      open
      width={760}
      title={item ? `修改村自定事项 ${item.code}` : '新增村自定事项'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={adding.fetching || updating.fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Form<ItemFields> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Space wrap>
          <Form.Item name="code" label="编码" rules={[{ required: true, message: '请填写编码' }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select style={{ width: 140 }} options={options(CATEGORY_LABELS)} />
          </Form.Item>
          <Form.Item name="direction" label="加减">
            <Select style={{ width: 110 }} options={options(DIRECTION_LABELS)} />
          </Form.Item>
          <Form.Item name="track" label="积分类型">
            <Select style={{ width: 150 }} options={options(TRACK_LABELS)} />
          </Form.Item>
          <Form.Item name="pointsMin" label="分值下限" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} step={0.5} />
          </Form.Item>
          <Form.Item name="pointsMax" label="分值上限" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} step={0.5} />
          </Form.Item>
          <Form.Item name="perUnitPoints" label="每单位分值（按数量计分）">
            <InputNumber min={0} step={0.5} />
          </Form.Item>
          <Form.Item name="unitLabel" label="计量单位">
            <Input style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="validityMonths" label="有效期（月）">
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="repeatMultiplier" label="重复倍数">
            <InputNumber min={0} step={0.5} />
          </Form.Item>
          <Form.Item name="capPerMonth" label="每月上限">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="capPerQuarter" label="每季度上限">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="capPerYear" label="每年上限">
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Form.Item name="subjectTypes" label="适用主体" rules={[{ required: true, message: '请至少选一类' }]}>
          <Checkbox.Group options={options(SUBJECT_LABELS)} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="evidenceRequired" valuePropName="checked">
            <Checkbox>须佐证材料</Checkbox>
          </Form.Item>
          <Form.Item name="household" valuePropName="checked">
            <Checkbox>按户计分</Checkbox>
          </Form.Item>
          <Form.Item name="veto" valuePropName="checked">
            <Checkbox>一票否决</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
