import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { beijingToday } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import type { Choice } from '../people/resident-form';
import { ResidentSelect } from '../people/resident-select';
import { isCalendarDate } from '../people/resident-validation';

const CreatePostDocument = graphql(`
  mutation ProgramsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`);
const AssignDocument = graphql(`
  mutation ProgramsAssignPostHolder($input: AssignPostHolderInput!) {
    assignPostHolder(input: $input) {
      id
    }
  }
`);
const EndDocument = graphql(`
  mutation ProgramsEndPostAssignment($input: EndPostAssignmentInput!) {
    endPostAssignment(input: $input) {
      id
    }
  }
`);

export const dateRules = (label: string, required = true) => [
  ...(required ? [{ required: true, message: `请输入${label}` }] : []),
  {
    validator: async (_: unknown, v?: string) => {
      if (v && !isCalendarDate(v.trim())) throw new Error('日期应为 YYYY-MM-DD 格式');
    },
  },
];

export function CreatePostDialog({
  open,
  grids,
  onClose,
}: {
  open: boolean;
  grids: Choice[];
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ gridId: string; name: string; duties?: string; itemCodes?: string[] }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreatePostDocument);
  async function submit(v: { gridId: string; name: string; duties?: string; itemCodes?: string[] }) {
    const r = await create({
      input: {
        gridId: v.gridId,
        name: v.name.trim(),
        duties: v.duties?.trim() ?? '',
        itemCodes: v.itemCodes ?? [],
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    onClose(true);
  }
  return (
    <FormModal
      title="新设自治岗位"
      open={open}
      okText="新设"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
    >
      <Form.Item label="网格" name="gridId" rules={[{ required: true, message: '请选择网格' }]}>
        <Select options={grids} />
      </Form.Item>
      <Form.Item
        label="岗位名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请输入岗位名称' }]}
      >
        <Input placeholder="如 环境卫生岗" />
      </Form.Item>
      <Form.Item label="岗位职责" name="duties">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="对应的评价项目编码" name="itemCodes" extra="输入编码后回车，可填多个，如 P04">
        <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} />
      </Form.Item>
    </FormModal>
  );
}

export function AssignHolderDialog({
  post,
  villageId,
  onClose,
}: {
  post: { id: string; name: string } | null;
  villageId: string;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ residentId: string; startDate: string; endDate?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, assign] = useMutation(AssignDocument);
  async function submit(v: { residentId: string; startDate: string; endDate?: string }) {
    if (!post) return;
    const r = await assign({
      input: {
        postId: post.id,
        residentId: v.residentId,
        startDate: v.startDate.trim(),
        endDate: v.endDate?.trim() || null,
      },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    onClose(true);
  }
  return (
    <FormModal
      title={post ? `任命岗位人员：${post.name}` : ''}
      open={Boolean(post)}
      okText="任命"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
      modal={{ afterOpenChange: (o) => o && form.setFieldsValue({ startDate: beijingToday() }) }}
    >
      <Form.Item label="村民" name="residentId" rules={[{ required: true, message: '请选择村民' }]}>
        <ResidentSelect villageId={villageId} />
      </Form.Item>
      <Form.Item
        label="任期开始日期"
        name="startDate"
        rules={dateRules('任期开始日期')}
        extra="同一人同一岗位任期不得重叠"
      >
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item label="任期最后一天（可不填）" name="endDate" rules={dateRules('任期最后一天', false)}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
    </FormModal>
  );
}

export function EndAssignmentDialog({
  assignment,
  onClose,
}: {
  assignment: { id: string; name: string; postName: string } | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ endDate: string; reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, end] = useMutation(EndDocument);
  async function submit(v: { endDate: string; reason: string }) {
    if (!assignment) return;
    const r = await end({
      input: { assignmentId: assignment.id, endDate: v.endDate.trim(), reason: v.reason.trim() },
    });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    onClose(true);
  }
  return (
    <FormModal
      title={assignment ? `结束任期：${assignment.name}（${assignment.postName}）` : ''}
      open={Boolean(assignment)}
      okText="结束任期"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
      intro={<p>任期记录保留，不会删除。</p>}
      modal={{
        okButtonProps: { danger: true },
        afterOpenChange: (o) => o && form.setFieldsValue({ endDate: beijingToday() }),
      }}
    >
      <Form.Item label="任期最后一天" name="endDate" rules={dateRules('任期最后一天')}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item
        label="结束原因"
        name="reason"
        rules={[{ required: true, whitespace: true, message: '请写明结束原因' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
