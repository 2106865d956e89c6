import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Typography,
  type GetRef,
} from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CombinedError } from 'urql';
import type { VariablesOf } from '@village/web';
import type { ScoringReviewDecisionDocument } from './review-documents';
import { applyApiError } from '../../../components/api-form';
import { describePointsRule } from '../scoring-labels';

export type ReviewMode = 'APPROVE' | 'REJECT' | 'AMEND';
export type ReviewDeclarationInput = VariablesOf<typeof ScoringReviewDecisionDocument>['input'];

export interface ReviewedDeclaration {
  id: string;
  itemCode: string;
  quantity: number | null;
  pointsAsked: number | null;
  item: {
    direction: string;
    pointsMin: number;
    pointsMax: number;
    perUnitPoints: number | null;
    unitLabel?: string | null;
    /** Points come from the quantity (per unit or by bands). */
    quantified?: boolean;
    /** The API's sentence for the rule (bands, rounding, caps). */
    rule?: string;
    pointLevels?: number[] | null;
  } | null;
}

interface FormValues {
  points?: number | null;
  reason?: string;
  amendedItemCode?: string;
  amendedQuantity?: number | null;
}

const MODE_OPTIONS = [
  { value: 'APPROVE', label: '通过 (A)' },
  { value: 'REJECT', label: '驳回 (R)' },
  { value: 'AMEND', label: '修正后通过 (M)' },
];

const SUBMIT_LABELS: Record<ReviewMode, string> = {
  APPROVE: '确认通过',
  REJECT: '确认驳回',
  AMEND: '确认修正并通过',
};

/**
 * One decision on one declaration. The points a rule allows are shown and checked before sending
 * (the API checks again); a rejection or an amendment needs its reason. Enter confirms, also in the
 * reason (Shift+Enter for a new line), so a council can decide without the mouse.
 */
export function ReviewDecisionForm({
  declaration,
  mode,
  onModeChange,
  onSubmit,
  onCancel,
}: {
  declaration: ReviewedDeclaration;
  mode: ReviewMode;
  onModeChange(mode: ReviewMode): void;
  onSubmit(input: ReviewDeclarationInput): Promise<CombinedError | null | undefined>;
  onCancel(): void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const pointsRef = useRef<GetRef<typeof InputNumber>>(null);
  const reasonRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const item = declaration.item;
  const perUnit = item?.quantified ?? (item?.perUnitPoints !== null && item?.perUnitPoints !== undefined);
  const levels = item?.pointLevels?.length ? item.pointLevels : null;
  const fixed = item ? item.pointsMin === item.pointsMax : false;
  const choosesPoints = mode !== 'REJECT' && !perUnit;

  // Each mode puts the cursor where its first answer goes.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (mode === 'REJECT' || (mode === 'AMEND' && !choosesPoints)) reasonRef.current?.focus();
      // A per-unit item has no points to type (quantity × rate): Enter on the confirm button approves.
      else if (choosesPoints) pointsRef.current?.focus();
      else confirmRef.current?.focus();
    });
    return () => clearTimeout(timer);
  }, [mode, choosesPoints, declaration.id]);

  const submit = async (values: FormValues) => {
    setSending(true);
    setFailure(null);
    const input: ReviewDeclarationInput = { declarationId: declaration.id, decision: mode };
    if (choosesPoints && values.points !== null && values.points !== undefined) input.points = values.points;
    if (mode !== 'APPROVE') input.reason = values.reason?.trim();
    if (mode === 'AMEND') {
      if (values.amendedItemCode?.trim()) input.amendedItemCode = values.amendedItemCode.trim();
      if (values.amendedQuantity !== null && values.amendedQuantity !== undefined)
        input.amendedQuantity = values.amendedQuantity;
    }
    const error = await onSubmit(input);
    setSending(false);
    if (error) setFailure(applyApiError(form, error));
  };

  const enterConfirms = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      form.submit();
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      aria-label="审核决定"
      initialValues={{ points: declaration.pointsAsked ?? item?.pointsMin ?? null }}
      onFinish={submit}
      onValuesChange={() => setFailure(null)}
    >
      <Segmented
        block
        value={mode}
        options={MODE_OPTIONS}
        onChange={(value) => onModeChange(value as ReviewMode)}
        style={{ marginBottom: 16 }}
      />
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      {item && mode !== 'REJECT' && (
        <Typography.Paragraph type="secondary">
          规则：{item.rule ?? describePointsRule(item)}
        </Typography.Paragraph>
      )}
      {choosesPoints && item && (
        <Form.Item
          name="points"
          label={`分值（${item.pointsMin}–${item.pointsMax} 分）`}
          extra={fixed ? '固定分值' : undefined}
          rules={[
            { required: !fixed, message: '请填写分值' },
            {
              validator: async (_, value: number | null | undefined) => {
                if (value === null || value === undefined) return;
                if (levels && !levels.includes(value)) throw new Error(`只能选 ${levels.join('、')} 分之一`);
                if (value < item.pointsMin || value > item.pointsMax)
                  throw new Error(`分值应在 ${item.pointsMin}–${item.pointsMax} 分之间`);
              },
            },
          ]}
        >
          {levels ? (
            <Select
              aria-label="分值档次"
              style={{ width: 160 }}
              options={levels.map((l) => ({ value: l, label: `${l} 分` }))}
            />
          ) : (
            <InputNumber ref={pointsRef} step={0.5} style={{ width: 160 }} readOnly={fixed} suffix="分" />
          )}
        </Form.Item>
      )}
      {perUnit && mode !== 'REJECT' && (
        <Typography.Paragraph>按数量自动计分，无需填写分值。</Typography.Paragraph>
      )}
      {mode === 'AMEND' && (
        <Space wrap>
          <Form.Item name="amendedItemCode" label="改为事项编码（不改可不填）">
            <Input placeholder={declaration.itemCode} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="amendedQuantity" label="改正数量（按单位计分的事项）">
            <InputNumber min={0} style={{ width: 160 }} placeholder={String(declaration.quantity ?? '')} />
          </Form.Item>
        </Space>
      )}
      {mode !== 'APPROVE' && (
        <Form.Item
          name="reason"
          label={mode === 'REJECT' ? '驳回理由' : '修正理由'}
          rules={[
            {
              required: true,
              whitespace: true,
              message: mode === 'REJECT' ? '驳回须写明理由' : '修正须写明理由',
            },
          ]}
          extra="Enter 确认，Shift+Enter 换行"
        >
          <Input.TextArea ref={reasonRef} rows={3} maxLength={450} showCount onKeyDown={enterConfirms} />
        </Form.Item>
      )}
      <Space>
        <Button
          ref={confirmRef}
          type="primary"
          htmlType="submit"
          loading={sending}
          danger={mode === 'REJECT'}
        >
          {SUBMIT_LABELS[mode]}
        </Button>
        <Button onClick={onCancel}>取消 (Esc)</Button>
      </Space>
    </Form>
  );
}
