import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorMessage } from '@village/web';
import { FormModal } from '../../components/form-modal';
import { SUBJECT_TYPE_LABELS } from '../../components/rulebook-labels';
import { GRADE_LABELS } from '../scoring/scoring-labels';
import {
  CreateGoodsDocument,
  LIMIT_PERIOD,
  UpdateGoodsDocument,
  type AdminGoods,
} from './incentives-documents';

interface GoodsValues {
  name: string;
  description?: string | null;
  photoUrl?: string | null;
  pricePoints: number;
  valueYuan?: number | null;
  isService: boolean;
  unlimited: boolean;
  initialStock?: number;
  limitPerPerson?: number | null;
  limitPerHousehold?: number | null;
  limitPeriod: string;
  availableFrom?: string | null;
  availableUntil?: string | null;
  quarterOpeningDays?: number | null;
  minStars?: number | null;
  minGrade?: string | null;
  subjectTypes: string[];
  pickupDays: number;
  active: boolean;
}

const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '按 2026-01-31 的格式填写' };

/** Puts a good on the shelf or edits one, with every condition under which it may be redeemed. */
export function GoodsFormModal({
  shopId,
  goods,
  open,
  onClose,
}: {
  shopId: string;
  /** Editing this good; none: a new one. */
  goods: AdminGoods | null;
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<GoodsValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [created, create] = useMutation(CreateGoodsDocument);
  const [updated, update] = useMutation(UpdateGoodsDocument);
  const unlimited = Form.useWatch('unlimited', form);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    if (goods) form.setFieldsValue({ ...goods, minGrade: goods.minGrade ?? null });
  }, [open, goods, form]);

  async function finish(v: GoodsValues) {
    setProblem(null);
    const fields = {
      name: v.name,
      description: v.description || null,
      photoUrl: v.photoUrl || null,
      pricePoints: v.pricePoints,
      valueYuan: v.valueYuan ?? null,
      isService: v.isService,
      unlimited: v.unlimited,
      limitPerPerson: v.limitPerPerson ?? null,
      limitPerHousehold: v.limitPerHousehold ?? null,
      limitPeriod: v.limitPeriod as never,
      availableFrom: v.availableFrom || null,
      availableUntil: v.availableUntil || null,
      quarterOpeningDays: v.quarterOpeningDays ?? null,
      minStars: v.minStars ?? null,
      minGrade: (v.minGrade || null) as never,
      subjectTypes: v.subjectTypes as never,
      pickupDays: v.pickupDays,
    };
    const res = goods
      ? await update({ input: { ...fields, goodsId: goods.id, active: v.active } })
      : await create({ input: { ...fields, shopId, initialStock: v.unlimited ? 0 : (v.initialStock ?? 0) } });
    if (res.error) return setProblem(apiErrorMessage(res.error));
    onClose(true);
  }

  return (
    <FormModal
      title={goods ? `修改商品：${goods.name}` : '上架商品或服务'}
      open={open}
      okText={goods ? '保存' : '上架'}
      busy={created.fetching || updated.fetching}
      form={form}
      onFinish={finish}
      onCancel={() => onClose(false)}
      problem={problem}
      modal={{ width: 720 }}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input placeholder="如：大米 5 斤" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="pricePoints"
            label="所需积分（每件）"
            rules={[{ required: true, message: '请填写' }]}
          >
            <InputNumber min={0} step={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="valueYuan" label="折合金额（元/件）">
            <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label="说明">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="photoUrl" label="图片地址（https）">
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="isService" label="服务（非实物）" valuePropName="checked" initialValue={false}>
            <Switch />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="unlimited" label="不限量" valuePropName="checked" initialValue={false}>
            <Switch />
          </Form.Item>
        </Col>
        {!goods && !unlimited && (
          <Col span={6}>
            <Form.Item name="initialStock" label="上架时入库数量" initialValue={0}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col span={6}>
          <Form.Item name="pickupDays" label="预约后几天内领取" initialValue={7} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="limitPerPerson" label="每人限兑（件）">
            <InputNumber min={1} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="limitPerHousehold" label="每户限兑（件）">
            <InputNumber min={1} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="limitPeriod" label="限兑周期" initialValue="QUARTER">
            <Select options={Object.entries(LIMIT_PERIOD).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="availableFrom" label="可兑换起始日" rules={[DATE]}>
            <Input placeholder="2026-01-01" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="availableUntil" label="可兑换截止日" rules={[DATE]}>
            <Input placeholder="2026-12-31" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="quarterOpeningDays" label="仅每季度前 N 天可兑换">
            <InputNumber min={1} max={92} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="minStars" label="上一定案年度星级至少">
            <InputNumber min={1} max={5} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="minGrade" label="上一定案年度等次至少">
            <Select
              allowClear
              placeholder="不限"
              options={Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        {goods && (
          <Col span={8}>
            <Form.Item name="active" label="上架中" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="subjectTypes" label="仅限这些主体（不选：不限）" initialValue={[]}>
        <Checkbox.Group
          options={Object.entries(SUBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
    </FormModal>
  );
}
