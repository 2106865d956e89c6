import { Alert, Button, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { formatPoints } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { adjustmentBound, adjustmentProblem } from './adjustment-bound';

export interface FrameworkItemValues {
  code: string;
  name: string;
  pointsMin: number;
  pointsMax: number;
  perUnitPoints: number | null;
  veto: boolean;
}

export interface AdjustmentValues {
  disabled: boolean;
  pointsMin: number | null;
  pointsMax: number | null;
  perUnitPoints: number | null;
  reason: string;
}

type PointsField = 'pointsMin' | 'pointsMax' | 'perUnitPoints';

/**
 * One adjusted value: empty keeps the framework's, anything else must lie within the bound shown
 * beside the field, checked on every keystroke (the API checks again and its reason lands here too).
 */
function AdjustmentField({
  name,
  label,
  base,
  percent,
}: {
  name: PointsField;
  label: string;
  base: number;
  percent: number;
}) {
  const bound = adjustmentBound(base, percent);
  return (
    <Form.Item
      label={label}
      name={name}
      validateTrigger={['onChange', 'onBlur']}
      validateFirst
      extra={`框架值 ${formatPoints(base)}，允许 ${formatPoints(bound.min)}–${formatPoints(bound.max)}（±${percent}%）；留空沿用框架值`}
      rules={[
        {
          validator: (_, value: number | null | undefined) => {
            const problem = adjustmentProblem(value, base, percent);
            return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
          },
        },
      ]}
    >
      <InputNumber aria-label={label} step={0.5} style={{ width: 200 }} />
    </Form.Item>
  );
}

/**
 * How a town treats one district item in its manual: switch it off, or adjust its points within the
 * framework's maxAdjustmentPercent. A veto item may be switched off only where the framework allows.
 */
export function ManualAdjustmentForm({
  item,
  percent,
  townsMayDisableVetoItems,
  initial,
  onSubmit,
  onCancel,
}: {
  item: FrameworkItemValues;
  percent: number;
  townsMayDisableVetoItems: boolean;
  initial: AdjustmentValues | null;
  /** Resolves with the API's error, or null when saved. */
  onSubmit: (values: AdjustmentValues) => Promise<CombinedError | null>;
  onCancel?: () => void;
}) {
  const [form] = Form.useForm<AdjustmentValues>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const disabled = Form.useWatch('disabled', form);
  const vetoLocked = item.veto && !townsMayDisableVetoItems;

  async function submit(values: AdjustmentValues) {
    setSaving(true);
    const failure = await onSubmit({
      disabled: Boolean(values.disabled),
      pointsMin: values.pointsMin ?? null,
      pointsMax: values.pointsMax ?? null,
      perUnitPoints: values.perUnitPoints ?? null,
      reason: values.reason ?? '',
    });
    setSaving(false);
    setError(applyApiError(form, failure));
  }

  return (
    <Form
      name="manual-adjustment"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={
        initial ?? { disabled: false, pointsMin: null, pointsMax: null, perUnitPoints: null, reason: '' }
      }
    >
      <Typography.Paragraph strong>
        {item.code} {item.name}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form.Item
        label="本镇停用该事项"
        name="disabled"
        valuePropName="checked"
        extra={vetoLocked ? '一票否决项：区框架未允许镇停用' : undefined}
      >
        <Switch checkedChildren="停用" unCheckedChildren="适用" disabled={vetoLocked} />
      </Form.Item>
      {!disabled && (
        <>
          <AdjustmentField name="pointsMin" label="分值下限" base={item.pointsMin} percent={percent} />
          <AdjustmentField name="pointsMax" label="分值上限" base={item.pointsMax} percent={percent} />
          {item.perUnitPoints !== null && (
            <AdjustmentField
              name="perUnitPoints"
              label="每单位分值"
              base={item.perUnitPoints}
              percent={percent}
            />
          )}
        </>
      )}
      <Form.Item label="理由" name="reason">
        <Input.TextArea rows={2} placeholder="如：本镇实际情况" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存调整
        </Button>
        {onCancel && <Button onClick={onCancel}>取消</Button>}
      </Space>
    </Form>
  );
}
