import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { SUBJECT_TYPE_LABELS } from '../../components/rulebook-labels';
import { GRADE_LABELS } from '../scoring/scoring-labels';
import { CreateHonourTypeDocument } from './honours-documents';

interface HonourTypeValues {
  name: string;
  subjectType: string;
  minStars?: number | null;
  minGrade?: string | null;
  maxPerVillage?: number | null;
}

const noMinimum = '请至少规定最低星级或最低等次之一';

/**
 * 新建荣誉类型 (区): the honour's name, who may be nominated, and the final year's stars or grade a
 * nominee needs (at least one of the two, as the API requires), optionally a cap per village.
 */
export function HonourTypeFormModal({
  districtId,
  open,
  onClose,
}: {
  districtId: string;
  open: boolean;
  onClose: (created: boolean) => void;
}) {
  const [form] = Form.useForm<HonourTypeValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreateHonourTypeDocument);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  async function finish(v: HonourTypeValues) {
    setProblem(null);
    const res = await create({
      input: {
        districtId,
        name: v.name.trim(),
        subjectType: v.subjectType as never,
        minStars: v.minStars ?? null,
        minGrade: (v.minGrade || null) as never,
        maxPerVillage: v.maxPerVillage ?? null,
      },
    });
    if (res.error) return setProblem(applyApiError(form, res.error));
    onClose(true);
  }

  const eitherMinimum = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      getFieldValue('minStars') == null && !getFieldValue('minGrade')
        ? Promise.reject(new Error(noMinimum))
        : Promise.resolve(),
  });

  return (
    <FormModal
      title="新建荣誉类型"
      open={open}
      okText="创建"
      busy={state.fetching}
      form={form}
      onFinish={finish}
      onCancel={() => onClose(false)}
      problem={problem}
      intro={
        <p>各村按本年度总评的星级与等次推荐参评，镇审批后公布。评选条件至少规定最低星级或最低等次之一。</p>
      }
      modal={{ width: 640 }}
    >
      <Form.Item
        name="name"
        label="荣誉名称"
        rules={[{ required: true, whitespace: true, message: '请填写荣誉名称' }]}
      >
        <Input maxLength={60} placeholder="如：五星文明户、优秀党员" />
      </Form.Item>
      <Form.Item
        name="subjectType"
        label="评选对象"
        initialValue="VILLAGER"
        rules={[{ required: true, message: '请选择评选对象' }]}
      >
        <Select options={Object.entries(SUBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="minStars"
            label="最低星级（0–5 星）"
            dependencies={['minGrade']}
            rules={[eitherMinimum]}
          >
            <InputNumber min={0} max={5} precision={0} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="minGrade" label="最低等次">
            <Select
              allowClear
              placeholder="不限"
              options={Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="maxPerVillage" label="每村最多推荐人数">
            <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder="不限" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
