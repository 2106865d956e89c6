import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '@village/web';
import { useMyUnits } from '../../components/my-units';
import { TRACK_LABELS } from '../../components/rulebook-labels';
import { QueryView } from '../../components/query-view';
import { PointsPolicyDocument, SetPointsPolicyDocument } from './incentives-documents';

interface PolicyValues {
  tracks: string[];
  rate: number;
  deductionsReduce: boolean;
  accountLevel: string;
  expiryMode: string;
  resetMonthDay?: string | null;
  validityMonths?: number | null;
}

function PolicyForm({ unitId }: { unitId: string }) {
  const [result, refetch] = useQuery({ query: PointsPolicyDocument, variables: { unitId } });
  const [state, save] = useMutation(SetPointsPolicyDocument);
  const [form] = Form.useForm<PolicyValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const expiryMode = Form.useWatch('expiryMode', form);
  const policy = result.data?.pointsPolicy;

  useEffect(() => {
    if (policy) form.setFieldsValue(policy);
  }, [policy, form]);

  async function finish(v: PolicyValues) {
    setProblem(null);
    setSaved(false);
    const res = await save({
      input: {
        unitId,
        tracks: v.tracks as never,
        rate: v.rate,
        deductionsReduce: v.deductionsReduce,
        accountLevel: v.accountLevel as never,
        expiryMode: v.expiryMode as never,
        resetMonthDay: v.expiryMode === 'YEARLY' ? (v.resetMonthDay ?? null) : null,
        validityMonths: v.expiryMode === 'NONE' ? (v.validityMonths ?? null) : null,
      },
    });
    if (res.error) return setProblem(apiErrorMessage(res.error));
    setSaved(true);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {() => (
        <Card>
          <Form form={form} layout="vertical" onFinish={finish} style={{ maxWidth: 560 }}>
            <Form.Item
              name="tracks"
              label="计入可兑换积分的积分类型"
              rules={[{ required: true, message: '至少选一类' }]}
            >
              <Checkbox.Group
                options={Object.entries(TRACK_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name="rate" label="每 1 分审核通过的积分折合可兑换积分" rules={[{ required: true }]}>
              <InputNumber min={0} step={0.1} />
            </Form.Item>
            <Form.Item
              name="deductionsReduce"
              label="当季扣分抵减当季可兑换积分（最低为 0）"
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item name="accountLevel" label="记账单位">
              <Radio.Group
                options={[
                  { value: 'RESIDENT', label: '按人' },
                  { value: 'HOUSEHOLD', label: '按户' },
                ]}
              />
            </Form.Item>
            <Form.Item name="expiryMode" label="有效期">
              <Select
                options={[
                  { value: 'YEARLY', label: '每年定日清零' },
                  { value: 'QUARTERLY', label: '当季有效（季末清零）' },
                  { value: 'NONE', label: '不清零（可设有效月数）' },
                ]}
              />
            </Form.Item>
            {expiryMode === 'YEARLY' && (
              <Form.Item
                name="resetMonthDay"
                label="每年清零日（MM-DD，含当日可用）"
                rules={[{ required: true, pattern: /^\d{2}-\d{2}$/, message: '如 12-31' }]}
              >
                <Input style={{ width: 120 }} />
              </Form.Item>
            )}
            {expiryMode === 'NONE' && (
              <Form.Item name="validityMonths" label="每批次有效月数（空：长期有效）">
                <InputNumber min={1} />
              </Form.Item>
            )}
            {problem && (
              <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
            )}
            {saved && (
              <Alert
                type="success"
                showIcon
                title="已保存：新规则用于以后入账的积分，已入账批次保留原到期日"
                style={{ marginBottom: 16 }}
              />
            )}
            <Button type="primary" htmlType="submit" loading={state.fetching}>
              保存规则
            </Button>
          </Form>
        </Card>
      )}
    </QueryView>
  );
}

/** 可兑换积分规则: a district's rule, or a town's own (which comes before the district's). */
export default function PointsPolicyPage() {
  const units = [...useMyUnits('DISTRICT'), ...useMyUnits('TOWN')];
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.id);
  return (
    <>
      <Typography.Title level={3}>可兑换积分规则</Typography.Title>
      {units.length > 1 && (
        <Select
          aria-label="选择区或镇"
          style={{ width: 240, marginBottom: 16 }}
          value={unitId}
          onChange={setUnitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
      {unitId ? (
        <PolicyForm key={unitId} unitId={unitId} />
      ) : (
        <Alert type="info" title="您没有区或镇的管理角色" />
      )}
    </>
  );
}
