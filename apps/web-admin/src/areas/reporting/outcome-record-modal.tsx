import { AutoComplete, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { applyApiError } from '../../components/api-form';
import { FormModal } from '../../components/form-modal';
import {
  CorrectOutcomeDocument,
  HONOUR_LEVEL_LABELS,
  OUTCOME_KIND_LABELS,
  RecordOutcomeDocument,
  SUGGESTED_CATEGORIES,
} from './outcomes-documents';

export interface OutcomeRow {
  id: string;
  kind: string;
  category: string;
  description: string;
  occurredOn: string;
  evidence?: string | null;
  amountYuan?: number | null;
  howEstimated?: string | null;
  complaintCount?: number | null;
  agriculture: boolean;
  honourLevel?: string | null;
}

interface Values {
  kind: string;
  category: string;
  description: string;
  occurredOn: Dayjs;
  evidence?: string;
  amountYuan?: number;
  howEstimated?: string;
  complaintCount?: number;
  agriculture?: boolean;
  honourLevel?: string;
  reason?: string;
}

/**
 * 登记工作成效, or 更正 one (`correcting`): the same form, filled from the record; a correction is a new
 * record that replaces it (the earlier one stays, marked 已更正), and asks why.
 */
export function OutcomeRecordModal(props: {
  unitId: string;
  open: boolean;
  correcting: OutcomeRow | null;
  onClose: (changed?: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [recording, record] = useMutation(RecordOutcomeDocument);
  const [correctingState, correct] = useMutation(CorrectOutcomeDocument);
  const kind = Form.useWatch('kind', form) ?? props.correcting?.kind;
  async function submit(v: Values) {
    setProblem(null);
    const fields = {
      category: v.category,
      description: v.description,
      occurredOn: v.occurredOn.format(kind === 'COMPLAINT' ? 'YYYY-MM-01' : 'YYYY-MM-DD'),
      evidence: v.evidence?.trim() || null,
      amountYuan: kind === 'COST_SAVED' ? (v.amountYuan ?? null) : null,
      howEstimated: kind === 'COST_SAVED' ? v.howEstimated?.trim() || null : null,
      complaintCount: kind === 'COMPLAINT' ? (v.complaintCount ?? null) : null,
      agriculture: kind === 'COMPLAINT' ? Boolean(v.agriculture) : null,
      honourLevel: kind === 'HONOUR_WON' ? ((v.honourLevel ?? null) as never) : null,
    };
    const r = props.correcting
      ? await correct({ input: { recordId: props.correcting.id, reason: v.reason ?? '', ...fields } })
      : await record({ input: { unitId: props.unitId, kind: v.kind as never, ...fields } });
    if (r.error) return setProblem(applyApiError(form, r.error));
    form.resetFields();
    props.onClose(true);
  }
  const c = props.correcting;
  return (
    <FormModal
      title={c ? `更正：${OUTCOME_KIND_LABELS[c.kind]}` : '登记工作成效'}
      open={props.open}
      okText={c ? '保存更正' : '登记'}
      busy={recording.fetching || correctingState.fetching}
      form={form}
      onFinish={submit}
      onCancel={() => {
        form.resetFields();
        props.onClose();
      }}
      problem={problem}
      intro={c ? '更正会另起一条记录替代原记录，原记录保留可查。' : undefined}
      modal={{
        afterOpenChange: (open) => {
          if (!open) return;
          form.setFieldsValue(
            c
              ? {
                  ...c,
                  occurredOn: dayjs(c.occurredOn),
                  evidence: c.evidence ?? undefined,
                  amountYuan: c.amountYuan ?? undefined,
                  howEstimated: c.howEstimated ?? undefined,
                  complaintCount: c.complaintCount ?? undefined,
                  honourLevel: c.honourLevel ?? undefined,
                }
              : { kind: 'PROBLEM_RESOLVED', occurredOn: dayjs() },
          );
        },
      }}
    >
      {!c && (
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={Object.entries(OUTCOME_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Form.Item name="category" label="分类" rules={[{ required: true, message: '请填写分类' }]}>
        <AutoComplete
          options={(SUGGESTED_CATEGORIES[kind ?? ''] ?? []).map((value) => ({ value }))}
          maxLength={40}
          placeholder="可选择或直接填写"
        />
      </Form.Item>
      <Form.Item
        name="occurredOn"
        label={kind === 'COMPLAINT' ? '月份' : kind === 'HONOUR_WON' ? '获得日期' : '日期'}
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker picker={kind === 'COMPLAINT' ? 'month' : 'date'} />
      </Form.Item>
      {kind === 'COST_SAVED' && (
        <>
          <Form.Item
            name="amountYuan"
            label="节约金额（元）"
            rules={[{ required: true, message: '请填写金额' }]}
          >
            <InputNumber min={0} max={100_000_000} precision={2} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="howEstimated"
            label="估算方法"
            rules={[{ required: true, message: '请写明金额是如何估算的' }]}
            extra="如：原外包保洁每月 3000 元，改为党员志愿者轮值，按 12 个月计"
          >
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </>
      )}
      {kind === 'COMPLAINT' && (
        <>
          <Form.Item
            name="complaintCount"
            label="当月件数"
            rules={[{ required: true, message: '请填写件数' }]}
          >
            <InputNumber min={0} max={100_000} precision={0} />
          </Form.Item>
          <Form.Item name="agriculture" label="涉农" valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
      {kind === 'HONOUR_WON' && (
        <Form.Item name="honourLevel" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
          <Select options={Object.entries(HONOUR_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Form.Item name="description" label="说明" rules={[{ required: true, message: '请填写说明' }]}>
        <Input.TextArea maxLength={1000} rows={3} />
      </Form.Item>
      <Form.Item name="evidence" label="佐证材料（可选）" extra="档案号、照片存放位置、会议记录等">
        <Input maxLength={500} />
      </Form.Item>
      {c && (
        <Form.Item name="reason" label="更正原因" rules={[{ required: true, message: '请写明更正原因' }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </FormModal>
  );
}
