import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { beijingToday, formatDate } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { SUBJECT_TYPE_LABELS, SUBJECT_TYPE_OPTIONS, type SubjectTypeValue } from './people-labels';
import { isCalendarDate } from './resident-validation';

const AddRoleDocument = graphql(`
  mutation PeopleAddSubjectRole($input: AddSubjectRoleInput!) {
    addSubjectRole(input: $input) {
      id
    }
  }
`);
const EndRoleDocument = graphql(`
  mutation PeopleEndSubjectRole($input: EndSubjectRoleInput!) {
    endSubjectRole(input: $input) {
      id
    }
  }
`);

interface RoleRow {
  id: string;
  subjectType: SubjectTypeValue;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  isCurrent: boolean;
  probationary: boolean;
  termEnd: string | null;
}

interface AddRoleValues {
  subjectType: SubjectTypeValue;
  startDate: string;
  endDate?: string;
  probationary?: boolean;
  termEnd?: string;
}

const dateRule = (required: boolean, label: string) => [
  ...(required ? [{ required: true, message: `请输入${label}` }] : []),
  {
    validator: async (_: unknown, v?: string) => {
      if (v && !isCalendarDate(v.trim())) throw new Error('日期应为 YYYY-MM-DD 格式');
    },
  },
];

/** 主体身份: current and ended roles; add one, or end one (kept with its end date and reason). */
export function ResidentRolesPanel({
  residentId,
  roles,
  manage,
  onChanged,
}: {
  residentId: string;
  roles: RoleRow[];
  manage: boolean;
  onChanged: () => void;
}) {
  const [addForm] = Form.useForm<AddRoleValues>();
  const [endForm] = Form.useForm<{ endDate: string; reason: string }>();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<RoleRow | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [addState, addRole] = useMutation(AddRoleDocument);
  const [endState, endRole] = useMutation(EndRoleDocument);
  const type = Form.useWatch('subjectType', addForm);

  async function add(values: AddRoleValues) {
    const result = await addRole({
      input: {
        residentId,
        subjectType: values.subjectType,
        startDate: values.startDate.trim(),
        endDate: values.endDate?.trim() || null,
        probationary: values.subjectType === 'PARTY_MEMBER' && Boolean(values.probationary),
        termEnd: values.subjectType === 'REPRESENTATIVE' ? values.termEnd?.trim() || null : null,
      },
    });
    if (result.error) return setProblem(applyApiError(addForm, result.error));
    setAdding(false);
    addForm.resetFields();
    onChanged();
  }

  async function end(values: { endDate: string; reason: string }) {
    if (!ending) return;
    const result = await endRole({
      input: { roleId: ending.id, endDate: values.endDate.trim(), reason: values.reason.trim() },
    });
    if (result.error) return setProblem(applyApiError(endForm, result.error));
    setEnding(null);
    endForm.resetFields();
    onChanged();
  }

  return (
    <Card
      title="主体身份"
      extra={
        manage && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              setProblem(null);
              addForm.setFieldsValue({ startDate: beijingToday() });
              setAdding(true);
            }}
          >
            添加身份
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={roles}
        locale={{ emptyText: '暂无主体身份' }}
        columns={[
          {
            title: '身份',
            render: (_, r) => (r.probationary ? '预备党员' : SUBJECT_TYPE_LABELS[r.subjectType]),
          },
          { title: '起始日期', dataIndex: 'startDate', render: formatDate },
          {
            title: '结束日期',
            dataIndex: 'endDate',
            render: (v: string | null) => (v ? formatDate(v) : '—'),
          },
          {
            title: '任期届满',
            dataIndex: 'termEnd',
            render: (v: string | null) => (v ? formatDate(v) : '—'),
          },
          {
            title: '状态',
            render: (_, r) => (r.isCurrent ? <Tag color="green">在任</Tag> : <Tag>已结束</Tag>),
          },
          { title: '结束原因', dataIndex: 'endReason', render: (v: string | null) => v ?? '—' },
          ...(manage
            ? [
                {
                  title: '操作',
                  render: (_: unknown, r: RoleRow) =>
                    !r.endDate && (
                      <Button
                        size="small"
                        onClick={() => {
                          setProblem(null);
                          endForm.setFieldsValue({ endDate: beijingToday() });
                          setEnding(r);
                        }}
                      >
                        结束身份
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal
        title="添加主体身份"
        open={adding}
        okText="添加"
        busy={addState.fetching}
        form={addForm}
        onFinish={add}
        onCancel={() => setAdding(false)}
        problem={problem}
      >
        <Form.Item label="身份" name="subjectType" rules={[{ required: true, message: '请选择身份' }]}>
          <Select options={SUBJECT_TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="起始日期"
          name="startDate"
          rules={dateRule(true, '起始日期')}
          extra="同类身份的期间不得重叠"
        >
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="结束日期（可不填）" name="endDate" rules={dateRule(false, '结束日期')}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        {type === 'PARTY_MEMBER' && (
          <Form.Item name="probationary" valuePropName="checked">
            <Checkbox>预备党员</Checkbox>
          </Form.Item>
        )}
        {type === 'REPRESENTATIVE' && (
          <Form.Item label="本届任期届满日期" name="termEnd" rules={dateRule(false, '任期届满日期')}>
            <Input placeholder="YYYY-MM-DD" />
          </Form.Item>
        )}
      </FormModal>
      <FormModal
        title={
          ending
            ? `结束身份：${ending.probationary ? '预备党员' : SUBJECT_TYPE_LABELS[ending.subjectType]}`
            : ''
        }
        open={Boolean(ending)}
        okText="结束身份"
        busy={endState.fetching}
        form={endForm}
        onFinish={end}
        onCancel={() => setEnding(null)}
        problem={problem}
        modal={{ okButtonProps: { danger: true } }}
      >
        <p>记录保留，不会删除；结束日期当日仍计为在任。</p>
        <Form.Item label="结束日期" name="endDate" rules={dateRule(true, '结束日期')}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          label="结束原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明结束原因' },
            { max: 200, message: '最多 200 字' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
