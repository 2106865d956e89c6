import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, useSession } from '@village/web';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { useMyUnits } from '../../components/my-units';
import { CreateShopDocument, SHOP_KIND, ShopsDocument } from './incentives-documents';

interface ShopValues {
  unitId: string;
  name: string;
  kind: string;
  address?: string;
  openingHours?: string;
}

/** 兑换点: the shops a cadre manages or serves at; a village or town admin opens one. */
export default function ShopsPage() {
  const { can } = useSession();
  const units = [...useMyUnits('VILLAGE'), ...useMyUnits('TOWN')];
  const [result, refetch] = useQuery({ query: ShopsDocument });
  const [state, createShop] = useMutation(CreateShopDocument);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<ShopValues>();

  async function create(values: ShopValues) {
    setProblem(null);
    const res = await createShop({ input: { ...values, kind: values.kind as never } });
    if (res.error) return setProblem(apiErrorMessage(res.error));
    setOpen(false);
    form.resetFields();
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          兑换点
        </Typography.Title>
        {can('SHOP_MANAGE') && units.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            开设兑换点
          </Button>
        )}
      </Space>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.shops}
            pagination={false}
            locale={{ emptyText: '尚未开设兑换点' }}
            columns={[
              { title: '名称', render: (_, s) => <Link to={`/incentives/shops/${s.id}`}>{s.name}</Link> },
              { title: '类型', dataIndex: 'kind', render: (k: string) => SHOP_KIND[k] ?? k },
              { title: '服务范围', render: (_, s) => (s.townShop ? '全镇各村' : '本村') },
              { title: '地址', dataIndex: 'address', render: (v: string | null) => v ?? '—' },
              { title: '营业时间', dataIndex: 'openingHours', render: (v: string | null) => v ?? '—' },
              {
                title: '状态',
                dataIndex: 'active',
                render: (v: boolean) => (v ? <Tag color="green">营业中</Tag> : <Tag>已停用</Tag>),
              },
              {
                title: '操作',
                render: (_, s) => (
                  <Space>
                    <Link to={`/incentives/shops/${s.id}`}>商品与兑换单</Link>
                    <Link to={`/incentives/counter?shop=${s.id}`}>柜台</Link>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <FormModal
        title="开设兑换点"
        open={open}
        okText="开设"
        busy={state.fetching}
        form={form}
        onFinish={create}
        onCancel={() => setOpen(false)}
        problem={problem}
      >
        <Form.Item name="unitId" label="所属镇或村" rules={[{ required: true, message: '请选择' }]}>
          <Select
            options={units.map((u) => ({
              value: u.id,
              label: `${u.name}（${u.level === 'TOWN' ? '镇' : '村'}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input placeholder="如：大泽头村信用超市" />
        </Form.Item>
        <Form.Item name="kind" label="类型" initialValue="SUPERMARKET" rules={[{ required: true }]}>
          <Select options={Object.entries(SHOP_KIND).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="address" label="地址">
          <Input />
        </Form.Item>
        <Form.Item name="openingHours" label="营业时间">
          <Input placeholder="如：每周六 9:00–12:00" />
        </Form.Item>
      </FormModal>
    </>
  );
}
