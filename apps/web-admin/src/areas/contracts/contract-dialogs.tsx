import { App, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { beijingToday } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { ResidentSelect } from '../people/resident-select';
import { isCalendarDate } from '../people/resident-validation';

const SignDocument = graphql(`
  mutation ContractsSign($input: SignContractInput!) {
    signContract(input: $input) {
      id
      status
      signedOn
      witnessName
    }
  }
`);
const TerminateDocument = graphql(`
  mutation ContractsTerminate($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      id
      status
      terminatedOn
      terminationReason
    }
  }
`);

export interface ContractRef {
  id: string;
  title: string;
  year: number;
  villageId: string;
  residentName: string | null;
  householdCode: string | null;
}

export const signerOf = (c: ContractRef) =>
  c.residentName ?? (c.householdCode ? `户 ${c.householdCode}` : '—');

const dateRules = (label: string) => [
  { required: true, message: `请输入${label}` },
  {
    validator: async (_: unknown, v?: string) => {
      if (v && !isCalendarDate(v.trim())) throw new Error('日期应为 YYYY-MM-DD 格式');
    },
  },
];

interface SignValues {
  signedOn: string;
  witnessResidentId?: string;
  witnessName?: string;
}

/** 登记签订: date and witness, then a confirmation that the signed contract stays as it is. */
export function SignContractDialog({
  contract,
  onClose,
}: {
  contract: ContractRef | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<SignValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, sign] = useMutation(SignDocument);
  const { modal } = App.useApp();
  // Each contract opens on today's date, with the previous contract's witness cleared.
  useEffect(() => {
    if (contract) {
      setProblem(null);
      form.resetFields();
      form.setFieldsValue({ signedOn: beijingToday() });
    }
  }, [contract, form]);

  async function submit(values: SignValues) {
    if (!contract) return;
    const ok = await confirmIrreversible(modal, {
      title: `确认登记签订：${contract.title}（${signerOf(contract)}）`,
      consequence: `签订后契约条款与签订日期 ${values.signedOn.trim()} 即固定，不能改回待签订；如需终止只能办理解除。`,
      okText: '确认签订',
    });
    if (!ok) return;
    setProblem(null);
    const result = await sign({
      input: {
        id: contract.id,
        signedOn: values.signedOn.trim(),
        witnessResidentId: values.witnessResidentId ?? null,
        witnessName: values.witnessName?.trim() || null,
      },
    });
    if (result.error) return setProblem(applyApiError(form, result.error));
    form.resetFields();
    onClose(true);
  }

  return (
    <FormModal
      title={contract ? `登记签订：${contract.title}` : ''}
      open={Boolean(contract)}
      okText="签订"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
      intro={
        contract && (
          <Typography.Paragraph>
            签约人：{signerOf(contract)} · {contract.year} 年度
          </Typography.Paragraph>
        )
      }
    >
      <Form.Item
        label="签订日期"
        name="signedOn"
        rules={dateRules('签订日期')}
        extra={contract ? `须在 ${contract.year - 1}-12-01 至 ${contract.year}-12-31 之间` : undefined}
      >
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item
        label="见证人（本村村民）"
        name="witnessResidentId"
        extra="可选本村在村村民，或在下方填写见证人姓名"
      >
        {contract && <ResidentSelect villageId={contract.villageId} />}
      </Form.Item>
      <Form.Item
        label="见证人姓名"
        name="witnessName"
        dependencies={['witnessResidentId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, v?: string) => {
              if (!v?.trim() && !getFieldValue('witnessResidentId')) {
                throw new Error('请填写见证人姓名，或选择本村村民作见证人');
              }
            },
          }),
        ]}
      >
        <Input placeholder="如 村监委会主任 王某" maxLength={64} />
      </Form.Item>
    </FormModal>
  );
}

/** 解除契约: date and reason, confirmed as final. */
export function TerminateContractDialog({
  contract,
  onClose,
}: {
  contract: ContractRef | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ terminatedOn: string; reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, terminate] = useMutation(TerminateDocument);
  const { modal } = App.useApp();
  useEffect(() => {
    if (contract) {
      setProblem(null);
      form.resetFields();
      form.setFieldsValue({ terminatedOn: beijingToday() });
    }
  }, [contract, form]);

  async function submit(values: { terminatedOn: string; reason: string }) {
    if (!contract) return;
    const ok = await confirmIrreversible(modal, {
      title: `确认解除：${contract.title}（${signerOf(contract)}）`,
      consequence: '解除后该契约不再有效，不能恢复为已签订；本年度如需再签须另行生成。',
      okText: '确认解除',
    });
    if (!ok) return;
    setProblem(null);
    const result = await terminate({
      input: { id: contract.id, terminatedOn: values.terminatedOn.trim(), reason: values.reason.trim() },
    });
    if (result.error) return setProblem(applyApiError(form, result.error));
    form.resetFields();
    onClose(true);
  }

  return (
    <FormModal
      title={contract ? `解除契约：${contract.title}` : ''}
      open={Boolean(contract)}
      okText="解除"
      busy={state.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => onClose(false)}
      problem={problem}
      intro={contract && <Typography.Paragraph>签约人：{signerOf(contract)}</Typography.Paragraph>}
      modal={{ okButtonProps: { danger: true } }}
    >
      <Form.Item label="解除日期" name="terminatedOn" rules={dateRules('解除日期')} extra="不能早于签订日期">
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item
        label="解除原因"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请写明解除原因' },
          { max: 200, message: '最多 200 字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
