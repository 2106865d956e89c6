import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage } from '@village/web';
import { QueryView } from '../../components/query-view';
import { ResidentSelect } from '../people/resident-select';
import {
  ConfirmPickupDocument,
  ReserveForDocument,
  ResidentPointsDocument,
  ShopDocument,
  ShopsDocument,
  newClientKey,
  type AdminRedemption,
  type AdminShop,
} from './incentives-documents';

/** Type the code the resident shows → the redemption is picked up. One key per code typed. */
function PickupCard({ shopId }: { shopId: string }) {
  const [code, setCode] = useState('');
  const [key, setKey] = useState(newClientKey);
  const [state, confirm] = useMutation(ConfirmPickupDocument);
  const [done, setDone] = useState<AdminRedemption | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    setProblem(null);
    setDone(null);
    const res = await confirm({ input: { clientKey: key, shopId, pickupCode: code.trim() } });
    if (res.error || !res.data) return setProblem(apiErrorMessage(res.error) ?? '没有收到回复，请重试');
    setDone(res.data.confirmPickup);
    setCode('');
    setKey(newClientKey());
  }

  return (
    <Card title="凭取货码领取">
      <Space wrap>
        <Input
          aria-label="取货码"
          placeholder="6 位取货码"
          maxLength={6}
          inputMode="numeric"
          style={{ width: 220, fontSize: 24, letterSpacing: 6 }}
          value={code}
          onChange={(e) => {
            setCode(e.target.value.replace(/\D/g, ''));
            setKey(newClientKey());
          }}
          onPressEnter={() => code.length === 6 && void submit()}
        />
        <Button
          type="primary"
          size="large"
          disabled={code.length !== 6}
          loading={state.fetching}
          onClick={() => void submit()}
        >
          确认领取
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginTop: 16 }} />}
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 16 }}
          title={`已领取：${done.goodsName} × ${done.quantity}（${done.points} 分，取货码 ${done.pickupCode}）`}
        />
      )}
    </Card>
  );
}

interface ForValues {
  residentId: string;
  goodsId: string;
  quantity: number;
  residentConfirmation: string;
}

function ResidentBalance({ residentId }: { residentId: string }) {
  const [result] = useQuery({
    query: ResidentPointsDocument,
    variables: { residentId },
    requestPolicy: 'network-only',
  });
  return (
    <QueryView result={result}>
      {(d) => <Typography.Text>该村民可用积分：{d.residentPoints.balance} 分</Typography.Text>}
    </QueryView>
  );
}

/** 代为兑换: for a resident without a phone, recording how the resident confirmed. */
function OnBehalfCard({ shop }: { shop: AdminShop }) {
  const [form] = Form.useForm<ForValues>();
  const residentId = Form.useWatch('residentId', form);
  const [state, reserveFor] = useMutation(ReserveForDocument);
  const [key, setKey] = useState(newClientKey);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<AdminRedemption | null>(null);
  const [villageId, setVillageId] = useState<string | undefined>(shop.townShop ? undefined : shop.unitId);

  async function finish(v: ForValues) {
    setProblem(null);
    const res = await reserveFor({ input: { ...v, clientKey: key } });
    if (res.error || !res.data)
      return setProblem(apiErrorMessage(res.error) ?? '没有收到回复，请重试（不会重复扣分）');
    setDone(res.data.reserveRedemptionFor);
    setKey(newClientKey());
    form.resetFields();
  }

  return (
    <Card title="代为兑换（村民无手机时）">
      {shop.townShop && (
        <Form.Item label="村民所在村的编号（镇级兑换点）">
          <Input
            placeholder="村的 ID"
            value={villageId}
            onChange={(e) => setVillageId(e.target.value || undefined)}
          />
        </Form.Item>
      )}
      <Form form={form} layout="vertical" onFinish={finish} onValuesChange={() => setKey(newClientKey())}>
        <Form.Item name="residentId" label="村民" rules={[{ required: true, message: '请选择村民' }]}>
          {villageId ? <ResidentSelect villageId={villageId} /> : <Input disabled placeholder="先填写村" />}
        </Form.Item>
        {residentId && <ResidentBalance residentId={residentId} />}
        <Form.Item name="goodsId" label="商品" rules={[{ required: true, message: '请选择商品' }]}>
          <Select
            options={shop.goods
              .filter((g) => g.active)
              .map((g) => ({ value: g.id, label: `${g.name}（${g.pricePoints} 分）` }))}
          />
        </Form.Item>
        <Form.Item name="quantity" label="数量" initialValue={1}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item
          name="residentConfirmation"
          label="村民确认方式"
          rules={[{ required: true, message: '请记录村民如何确认' }]}
        >
          <Input placeholder="如：本人到场签字确认" />
        </Form.Item>
        {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={state.fetching}>
          代为兑换
        </Button>
      </Form>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={`已预约：${done.goodsName} × ${done.quantity}，取货码 ${done.pickupCode}`}
        />
      )}
    </Card>
  );
}

function Counter({ shopId }: { shopId: string }) {
  const [result, refetch] = useQuery({ query: ShopDocument, variables: { id: shopId } });
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ shop }) => (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <PickupCard shopId={shop.id} />
          <OnBehalfCard shop={shop} />
        </Space>
      )}
    </QueryView>
  );
}

/** 柜台: the clerk's screen at a shop. */
export default function CounterPage() {
  const [params, setParams] = useSearchParams();
  const [shops] = useQuery({ query: ShopsDocument });
  const list = shops.data?.shops ?? [];
  const shopId = params.get('shop') ?? (list.length === 1 ? list[0].id : null);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          兑换柜台
        </Typography.Title>
        <Select
          aria-label="选择兑换点"
          placeholder="请选择兑换点"
          style={{ width: 260 }}
          loading={shops.fetching}
          value={shopId ?? undefined}
          onChange={(v: string) => setParams({ shop: v })}
          options={list.map((s) => ({ value: s.id, label: s.name }))}
        />
      </Space>
      {shopId ? <Counter key={shopId} shopId={shopId} /> : <Alert type="info" title="请选择兑换点" />}
    </>
  );
}
