import { Alert, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import type { ItemFieldsInput } from '@village/web';
import { applyApiError } from './api-form';
import { ActRuleFields } from './act-rule-fields';
import { PointRuleFields } from './point-rule-fields';
import {
  DIRECTION_LABELS,
  ITEM_CATEGORY_LABELS,
  SUBJECT_TYPE_LABELS,
  TRACK_LABELS,
  optionsOf,
} from './rulebook-labels';

type AmountBandValues = { from: number; to: number | null; points: number | null; perUnit: number | null };

/** Every field of an evaluation item as the API takes it (ItemFieldsInput), each one present. */
export type ItemFieldValues = { [K in keyof ItemFieldsInput]-?: Exclude<ItemFieldsInput[K], undefined> };

// Every key present (even empty), so applyApiError finds each field the API may name.
const EMPTY_ITEM: Partial<ItemFieldValues> = {
  code: '',
  name: '',
  category: undefined,
  pointsMin: undefined,
  pointsMax: undefined,
  perUnitPoints: null,
  unitLabel: null,
  capPerMonth: null,
  capPerQuarter: null,
  capPerYear: null,
  validityMonths: null,
  description: '',
  direction: 'POSITIVE',
  track: 'CREDIT',
  subjectTypes: ['VILLAGER'],
  repeatMultiplier: 1,
  evidenceRequired: false,
  household: false,
  veto: false,
  pointLevels: null,
  amountBands: null,
  roundingStep: null,
  roundingMode: null,
  perActMax: null,
  capGroup: null,
  capMode: 'REFUSE',
  milestoneSources: null,
  milestoneSpan: null,
  milestones: null,
  householdMembers: false,
  beneficiaryRelations: null,
  kind: null,
  alternativeGroup: null,
  validityRules: null,
  judgementGrade: null,
  judgementStars: null,
  repairPoints: null,
  recordLevel: 'BOTH',
  capByHousehold: false,
};

/** The fields of a stored item (framework, town or village item), to edit it. */
export function itemFieldsOf(item: ItemFieldValues): ItemFieldValues {
  const keys = Object.keys({ ...EMPTY_ITEM, code: 0, name: 0, category: 0, pointsMin: 0, pointsMax: 0 });
  const extra = [
    'perUnitPoints',
    'unitLabel',
    'capPerMonth',
    'capPerQuarter',
    'capPerYear',
    'validityMonths',
    'pointLevels',
    'amountBands',
    'roundingStep',
    'roundingMode',
    'perActMax',
    'capGroup',
    'milestoneSources',
    'milestoneSpan',
    'beneficiaryRelations',
    'kind',
    'alternativeGroup',
    'judgementGrade',
    'judgementStars',
    'repairPoints',
  ];
  const source = item as unknown as Record<string, unknown>;
  const fields = Object.fromEntries([...keys, ...extra].map((k) => [k, source[k] ?? null]));
  // The API returns bands with __typename; the input takes the four numbers only.
  const bands = source.amountBands as AmountBandValues[] | null;
  fields.amountBands = bands?.map(({ from, to, points, perUnit }) => ({ from, to, points, perUnit })) ?? null;
  fields.capMode = source.capMode ?? 'REFUSE';
  const milestones = source.milestones as { threshold: number; points: number }[] | null;
  fields.milestones = milestones?.map(({ threshold, points }) => ({ threshold, points })) ?? null;
  const validity = source.validityRules as { maxPoints: number | null; months: number }[] | null;
  fields.validityRules = validity?.map(({ maxPoints, months }) => ({ maxPoints, months })) ?? null;
  fields.householdMembers = source.householdMembers ?? false;
  fields.recordLevel = source.recordLevel ?? 'BOTH';
  fields.capByHousehold = source.capByHousehold ?? false;
  return fields as ItemFieldValues;
}

/** Empty optional numbers go to the API as null (the field not set), not as 0. */
function toInput(values: ItemFieldValues): ItemFieldValues {
  const nullable = (v: number | string | null | undefined) => (v === undefined || v === '' ? null : v);
  return {
    ...values,
    description: values.description ?? '',
    perUnitPoints: nullable(values.perUnitPoints) as number | null,
    unitLabel: nullable(values.unitLabel) as string | null,
    capPerMonth: nullable(values.capPerMonth) as number | null,
    capPerQuarter: nullable(values.capPerQuarter) as number | null,
    capPerYear: nullable(values.capPerYear) as number | null,
    validityMonths: nullable(values.validityMonths) as number | null,
    // Levels are typed as tags ("10", "20"); bands as rows, an empty table meaning none.
    pointLevels: values.pointLevels?.length ? values.pointLevels.map(Number) : null,
    amountBands: values.amountBands?.length
      ? values.amountBands.map((b) => ({
          from: b.from,
          to: nullable(b.to) as number | null,
          points: nullable(b.points) as number | null,
          perUnit: nullable(b.perUnit) as number | null,
        }))
      : null,
    roundingStep: nullable(values.roundingStep) as number | null,
    roundingMode: nullable(values.roundingMode) as ItemFieldValues['roundingMode'],
    perActMax: nullable(values.perActMax) as number | null,
    capGroup: nullable(values.capGroup) as string | null,
    milestoneSources: values.milestoneSources?.length ? values.milestoneSources : null,
    milestoneSpan: nullable(values.milestoneSpan) as ItemFieldValues['milestoneSpan'],
    milestones: values.milestones?.length ? values.milestones : null,
    beneficiaryRelations: values.beneficiaryRelations?.length ? values.beneficiaryRelations : null,
    kind: nullable(values.kind) as string | null,
    alternativeGroup: nullable(values.alternativeGroup) as string | null,
    validityRules: values.validityRules?.length
      ? values.validityRules.map((r) => ({
          maxPoints: nullable(r.maxPoints) as number | null,
          months: r.months,
        }))
      : null,
    judgementGrade: nullable(values.judgementGrade) as ItemFieldValues['judgementGrade'],
    judgementStars: nullable(values.judgementStars) as number | null,
    repairPoints: nullable(values.repairPoints) as number | null,
  };
}

/**
 * Adds or edits one item with every field it has. The dialog stays open with what was typed when
 * the API refuses, the reasons under their fields.
 */
export function ItemFieldsModal({
  open,
  title,
  initial,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  initial: ItemFieldValues | null;
  onCancel: () => void;
  /** Resolves with the API's error, or null when saved. */
  onSubmit: (item: ItemFieldValues) => Promise<CombinedError | null>;
}) {
  const [form] = Form.useForm<ItemFieldValues>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial ?? EMPTY_ITEM);
  }, [open, initial, form]);

  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    const failure = await onSubmit(
      toInput({ ...EMPTY_ITEM, ...form.getFieldsValue(true) } as ItemFieldValues),
    );
    setSaving(false);
    // The add/update inputs carry the fields as `item`, and the API names them so (`item.code`).
    setError(applyApiError(form, failure, 'item'));
  }

  const required = (message: string) => [{ required: true, message }];
  return (
    <Modal
      open={open}
      title={title}
      width={760}
      okText="保存"
      cancelText="取消"
      onOk={save}
      confirmLoading={saving}
      onCancel={onCancel}
      forceRender
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      {/* Named so its field ids differ from other forms on the page (e.g. a manual's adjustment form). */}
      <Form name="item-fields" form={form} layout="vertical" initialValues={EMPTY_ITEM}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="编码" name="code" rules={required('请输入编码')}>
              <Input placeholder="如 A-01" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="事项名称" name="name" rules={required('请输入事项名称')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="说明" name="description">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="类别" name="category" rules={required('请选择类别')}>
              <Select options={optionsOf(ITEM_CATEGORY_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="加分或扣分" name="direction" rules={required('请选择')}>
              <Select options={optionsOf(DIRECTION_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="计入积分" name="track" rules={required('请选择积分类型')}>
              <Select options={optionsOf(TRACK_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="适用主体" name="subjectTypes" rules={required('请至少选择一类适用主体')}>
          <Checkbox.Group options={optionsOf(SUBJECT_TYPE_LABELS)} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              label="分值下限"
              name="pointsMin"
              rules={required('请输入分值下限')}
              extra="正数，方向决定加减"
            >
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label="分值上限"
              name="pointsMax"
              rules={required('请输入分值上限')}
              extra="与下限相同即固定分值"
            >
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="每单位分值" name="perUnitPoints" extra="按数量计分时填写">
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="计量单位" name="unitLabel">
              <Input placeholder="如 小时" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="每月上限" name="capPerMonth">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="每季度上限" name="capPerQuarter">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="每年上限" name="capPerYear">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="有效期（月）" name="validityMonths">
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="重复倍数" name="repeatMultiplier" rules={required('请输入重复倍数')}>
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label=" " name="evidenceRequired" valuePropName="checked">
              <Checkbox>需要佐证材料</Checkbox>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label=" " name="household" valuePropName="checked">
              <Checkbox>按户计分</Checkbox>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label=" " name="veto" valuePropName="checked">
              <Checkbox>一票否决项</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <PointRuleFields />
        <ActRuleFields />
      </Form>
    </Modal>
  );
}
