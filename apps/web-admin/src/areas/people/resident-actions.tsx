import { EditOutlined, KeyOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { ProblemAlert } from '../../components/form-modal';
import {
  HOUSEHOLD_RELATION_CHOICES,
  RESIDENT_STATUS_LABELS,
  RESIDENT_STATUS_OPTIONS,
  type HouseholdRelationValue,
  type ResidentStatusValue,
} from './people-labels';
import { PHONE_MESSAGE, PHONE_PATTERN } from './resident-validation';
import { useGridChoices, useHouseholdChoices } from './village-choices';

const UpdateResidentDocument = graphql(`
  mutation PeopleUpdateResident($input: UpdateResidentInput!) {
    updateResident(input: $input) {
      id
    }
  }
`);
const ChangeStatusDocument = graphql(`
  mutation PeopleChangeResidentStatus($input: ChangeResidentStatusInput!) {
    changeResidentStatus(input: $input) {
      id
      status
    }
  }
`);
const CreateLoginDocument = graphql(`
  mutation PeopleCreateResidentLogin($input: CreateResidentLoginInput!) {
    createResidentLogin(input: $input) {
      id
      hasLogin
    }
  }
`);

interface ResidentRef {
  id: string;
  villageId: string;
  name: string;
  phone: string | null;
  status: ResidentStatusValue;
  householdId: string | null;
  relationToHead: HouseholdRelationValue | null;
  gridId: string | null;
}

type ResidentEdit = {
  phone?: string;
  householdId?: string;
  relationToHead?: HouseholdRelationValue;
  gridId?: string;
};

/** A dialog form: the alert for what belongs to no field, and the API's field errors on the fields. */
function useDialogForm<T extends object>() {
  const [form] = Form.useForm<T>();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return { form, open, setOpen, problem, setProblem };
}

export function EditResidentButton({ resident, onDone }: { resident: ResidentRef; onDone: () => void }) {
  const d = useDialogForm<ResidentEdit>();
  const [state, update] = useMutation(UpdateResidentDocument);
  const grids = useGridChoices(resident.villageId);
  const households = useHouseholdChoices(resident.villageId);
  async function submit(values: ResidentEdit) {
    const result = await update({
      input: {
        residentId: resident.id,
        phone: values.phone?.trim() || null,
        householdId: values.householdId ?? null,
        relationToHead: values.relationToHead ?? null,
        gridId: values.gridId ?? null,
      },
    });
    if (result.error) return d.setProblem(applyApiError(d.form, result.error));
    d.setOpen(false);
    onDone();
  }
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => d.setOpen(true)}>
        修改信息
      </Button>
      <Modal
        title={`修改 ${resident.name} 的信息`}
        open={d.open}
        okText="保存"
        cancelText="取消"
        confirmLoading={state.fetching}
        onOk={() => d.form.submit()}
        onCancel={() => d.setOpen(false)}
      >
        <ProblemAlert problem={d.problem} />
        <Form
          form={d.form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            phone: resident.phone ?? '',
            householdId: resident.householdId ?? undefined,
            relationToHead: resident.relationToHead ?? undefined,
            gridId: resident.gridId ?? undefined,
          }}
        >
          <Form.Item
            label="联系电话"
            name="phone"
            rules={[{ pattern: PHONE_PATTERN, message: PHONE_MESSAGE }]}
          >
            <Input />
          </Form.Item>
          <Form.Item label="所属户" name="householdId">
            <Select allowClear showSearch optionFilterProp="label" options={households.choices} />
          </Form.Item>
          <Form.Item label="与户主关系" name="relationToHead" extra="户主本人不填">
            <Select allowClear options={HOUSEHOLD_RELATION_CHOICES} />
          </Form.Item>
          <Form.Item label="所属网格" name="gridId">
            <Select allowClear options={grids.choices} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function ChangeStatusButton({ resident, onDone }: { resident: ResidentRef; onDone: () => void }) {
  const d = useDialogForm<{ status: ResidentStatusValue; reason: string }>();
  const [state, change] = useMutation(ChangeStatusDocument);
  async function submit(values: { status: ResidentStatusValue; reason: string }) {
    const result = await change({
      input: { residentId: resident.id, status: values.status, reason: values.reason.trim() },
    });
    if (result.error) return d.setProblem(applyApiError(d.form, result.error));
    d.setOpen(false);
    d.form.resetFields();
    onDone();
  }
  return (
    <>
      <Button icon={<SwapOutlined />} onClick={() => d.setOpen(true)}>
        变更状态
      </Button>
      <Modal
        title={`变更 ${resident.name} 的状态`}
        open={d.open}
        okText="确认变更"
        cancelText="取消"
        confirmLoading={state.fetching}
        onOk={() => d.form.submit()}
        onCancel={() => d.setOpen(false)}
      >
        <Typography.Paragraph type="secondary">
          当前状态：{RESIDENT_STATUS_LABELS[resident.status]}
          。只有“在村”的村民参与积分；变更记入状态变更记录。
        </Typography.Paragraph>
        <ProblemAlert problem={d.problem} />
        <Form form={d.form} layout="vertical" onFinish={submit}>
          <Form.Item label="新状态" name="status" rules={[{ required: true, message: '请选择新状态' }]}>
            <Select options={RESIDENT_STATUS_OPTIONS.filter((o) => o.value !== resident.status)} />
          </Form.Item>
          <Form.Item
            label="原因"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: '请写明变更原因' },
              { max: 200, message: '原因最多 200 字' },
            ]}
          >
            <Input.TextArea rows={3} showCount maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A readable initial password: no 0/O or 1/l to misread when telling it to the resident. */
function initialPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => letters[b % letters.length]).join('');
}

export function CreateLoginButton({ resident, onDone }: { resident: ResidentRef; onDone: () => void }) {
  const d = useDialogForm<{ username: string; password: string }>();
  const [state, create] = useMutation(CreateLoginDocument);
  const { modal } = App.useApp();
  async function submit(values: { username: string; password: string }) {
    const result = await create({
      input: { residentId: resident.id, ...values, username: values.username.trim() },
    });
    if (result.error) return d.setProblem(applyApiError(d.form, result.error));
    d.setOpen(false);
    d.form.resetFields();
    // The password is shown this once: the server keeps only its hash.
    modal.success({
      title: '登录账号已开通',
      okText: '我已记下',
      content: (
        <>
          <p>
            用户名：
            <Typography.Text strong copyable>
              {values.username.trim()}
            </Typography.Text>
          </p>
          <p>
            初始密码：
            <Typography.Text strong copyable code>
              {values.password}
            </Typography.Text>
          </p>
          <p>请当面告知 {resident.name}，并提醒其登录手机端后修改密码。关闭后密码不再显示。</p>
        </>
      ),
    });
    onDone();
  }
  return (
    <>
      <Button
        icon={<KeyOutlined />}
        onClick={() => {
          d.form.setFieldsValue({ password: initialPassword() });
          d.setOpen(true);
        }}
      >
        开通登录账号
      </Button>
      <Modal
        title={`为 ${resident.name} 开通登录账号`}
        open={d.open}
        okText="开通"
        cancelText="取消"
        confirmLoading={state.fetching}
        onOk={() => d.form.submit()}
        onCancel={() => d.setOpen(false)}
        forceRender
      >
        <ProblemAlert problem={d.problem} />
        <Form form={d.form} layout="vertical" onFinish={submit}>
          <Form.Item
            label="用户名"
            name="username"
            extra="3–64 位字母、数字、点、下划线或连字符"
            rules={[
              { required: true, whitespace: true, message: '请输入用户名' },
              {
                pattern: /^[A-Za-z0-9._-]{3,64}$/,
                message: '用户名须为 3–64 位字母、数字、点、下划线或连字符',
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="初始密码"
            name="password"
            extra="已随机生成，可修改；开通后只显示这一次"
            rules={[{ required: true, min: 8, message: '密码至少 8 位' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
