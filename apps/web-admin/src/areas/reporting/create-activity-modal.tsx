import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { CreateActivityDocument } from './activities-documents';

interface ActivityValues {
  title: string;
  organiser: string;
  place: string;
  description: string;
  window: [Dayjs, Dayjs];
  defaultHours: number;
  itemCode: string;
}

/** 发起活动: what, who organises, where, the check-in window, the hours and the per-hour item. */
export function CreateActivityModal(props: {
  villageId: string;
  open: boolean;
  onClose: (id?: string) => void;
}) {
  const [form] = Form.useForm<ActivityValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, create] = useMutation(CreateActivityDocument);
  async function submit(v: ActivityValues) {
    setProblem(null);
    const r = await create({
      input: {
        villageId: props.villageId,
        title: v.title,
        organiser: v.organiser,
        place: v.place,
        description: v.description,
        startsAt: v.window[0].toISOString(),
        endsAt: v.window[1].toISOString(),
        defaultHours: v.defaultHours,
        itemCode: v.itemCode,
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(r.data?.createVolunteerActivity.id);
  }
  return (
    <FormModal
      title="发起志愿服务活动"
      open={props.open}
      okText="发起"
      busy={creating.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose()}
      problem={problem}
      modal={{ afterOpenChange: (open) => open && form.setFieldsValue({ defaultHours: 2, itemCode: 'P01' }) }}
    >
      <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="organiser" label="组织者" rules={[{ required: true, message: '请填写组织者' }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label="活动内容" rules={[{ required: true, message: '请填写活动内容' }]}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
      <Form.Item name="window" label="签到时段" rules={[{ required: true, message: '请选择签到时段' }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="defaultHours"
        label="每人时长（小时）"
        rules={[{ required: true, message: '请填写时长' }]}
      >
        <InputNumber min={0.5} max={24} step={0.5} />
      </Form.Item>
      <Form.Item
        name="itemCode"
        label="按小时计分的事项编码"
        rules={[{ required: true, message: '请填写事项编码' }]}
      >
        <Input maxLength={32} />
      </Form.Item>
    </FormModal>
  );
}
