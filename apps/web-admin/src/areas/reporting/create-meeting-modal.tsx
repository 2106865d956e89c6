import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { CreateMeetingDocument, MEETING_TYPE_LABELS } from './meetings-documents';

interface MeetingValues {
  type: string;
  title: string;
  heldOn: Dayjs;
  place: string;
  agenda: string;
  absenceItemCode?: string;
  presenceItemCode?: string;
}

/** 安排会议: what, when, where, and the list items its attendance registers (for review). */
export function CreateMeetingModal(props: {
  villageId: string;
  open: boolean;
  onClose: (id?: string) => void;
}) {
  const [form] = Form.useForm<MeetingValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, create] = useMutation(CreateMeetingDocument);
  async function submit(v: MeetingValues) {
    setProblem(null);
    const r = await create({
      input: {
        villageId: props.villageId,
        type: v.type as never,
        title: v.title,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        place: v.place,
        agenda: v.agenda,
        absenceItemCode: v.absenceItemCode?.trim() || null,
        presenceItemCode: v.presenceItemCode?.trim() || null,
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(r.data?.createMeeting.id);
  }
  return (
    <FormModal
      title="安排会议"
      open={props.open}
      okText="安排"
      busy={creating.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => props.onClose()}
      problem={problem}
    >
      <Form.Item name="type" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
        <Select options={Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="title" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="heldOn" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="agenda" label="议程" rules={[{ required: true, message: '请填写议程' }]}>
        <Input.TextArea maxLength={1000} rows={3} />
      </Form.Item>
      <Form.Item
        name="absenceItemCode"
        label="无故缺席登记事项编码（可选）"
        extra="如本村清单中的“无故缺席会议”事项；登记后由信用评议会审核"
      >
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="presenceItemCode" label="出席登记事项编码（可选）">
        <Input maxLength={32} />
      </Form.Item>
    </FormModal>
  );
}
