import { Button, Card, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDateTime, useSession } from '@village/web';
import { DetailPage } from '../../components/detail-page';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { GoodsFormModal } from './goods-form-modal';
import {
  LIMIT_PERIOD,
  MoveStockDocument,
  SHOP_KIND,
  STOCK_KIND,
  ShopDocument,
  StockMovementsDocument,
  type AdminGoods,
} from './incentives-documents';
import { RedemptionsTable } from './redemptions-table';

function StockHistory({ goodsId }: { goodsId: string }) {
  const [result] = useQuery({
    query: StockMovementsDocument,
    variables: { goodsId },
    requestPolicy: 'network-only',
  });
  return (
    <QueryView result={result}>
      {(data) => (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.stockMovements}
          locale={{ emptyText: '尚无库存变动' }}
          columns={[
            { title: '时间', dataIndex: 'createdAt', render: formatDateTime },
            { title: '类型', dataIndex: 'kind', render: (k: string) => STOCK_KIND[k] ?? k },
            { title: '数量', dataIndex: 'quantity' },
            { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </QueryView>
  );
}

interface StockValues {
  kind: 'RECEIVED' | 'ADJUSTED';
  quantity: number;
  reason?: string;
}

function conditions(g: AdminGoods): string {
  const parts: string[] = [];
  if (g.limitPerPerson) parts.push(`${LIMIT_PERIOD[g.limitPeriod]}每人 ${g.limitPerPerson} 件`);
  if (g.limitPerHousehold) parts.push(`${LIMIT_PERIOD[g.limitPeriod]}每户 ${g.limitPerHousehold} 件`);
  if (g.availableFrom || g.availableUntil) parts.push(`${g.availableFrom ?? ''}～${g.availableUntil ?? ''}`);
  if (g.quarterOpeningDays) parts.push(`每季度前 ${g.quarterOpeningDays} 天`);
  if (g.minStars) parts.push(`${g.minStars} 星及以上`);
  if (g.minGrade) parts.push(`等次至少 ${g.minGrade}`);
  if (g.subjectTypes.length) parts.push(`限 ${g.subjectTypes.length} 类主体`);
  return parts.join('；') || '不限';
}

/** A shop's goods (put on the shelf, edit, stock in or count) and its redemptions. */
export default function ShopDetailPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const manage = can('SHOP_MANAGE');
  const [result, refetch] = useQuery({ query: ShopDocument, variables: { id } });
  const [editing, setEditing] = useState<AdminGoods | null | undefined>(undefined);
  const [stockOf, setStockOf] = useState<AdminGoods | null>(null);
  const [stockState, moveStock] = useMutation(MoveStockDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [stockForm] = Form.useForm<StockValues>();
  const stockKind = Form.useWatch('kind', stockForm);

  async function saveStock(v: StockValues) {
    if (!stockOf) return;
    setProblem(null);
    const res = await moveStock({
      input: { goodsId: stockOf.id, kind: v.kind, quantity: v.quantity, reason: v.reason || null },
    });
    if (res.error) return setProblem(apiErrorMessage(res.error));
    setStockOf(null);
    stockForm.resetFields();
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <DetailPage listPath="/incentives/shops" listTitle="兑换点" title="兑换点详情">
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ shop }) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <Card
              title={shop.name}
              extra={
                <Space>
                  <Link to={`/incentives/counter?shop=${shop.id}`}>去柜台</Link>
                  {manage && (
                    <Button type="primary" onClick={() => setEditing(null)}>
                      上架商品
                    </Button>
                  )}
                </Space>
              }
            >
              <p>
                {SHOP_KIND[shop.kind]} · {shop.townShop ? '服务全镇各村' : '服务本村'} · {shop.address ?? '—'}{' '}
                · {shop.openingHours ?? '—'}
              </p>
              <Table
                rowKey="id"
                dataSource={shop.goods}
                pagination={false}
                locale={{ emptyText: '尚未上架商品' }}
                expandable={{ expandedRowRender: (g) => <StockHistory goodsId={g.id} /> }}
                columns={[
                  { title: '商品或服务', render: (_, g) => `${g.name}${g.isService ? '（服务）' : ''}` },
                  { title: '积分', dataIndex: 'pricePoints' },
                  { title: '折合（元）', dataIndex: 'valueYuan', render: (v: number | null) => v ?? '—' },
                  { title: '库存', render: (_, g) => (g.unlimited ? '不限量' : g.stock) },
                  { title: '兑换条件', render: (_, g) => conditions(g) },
                  {
                    title: '状态',
                    render: (_, g) => (g.active ? <Tag color="green">上架中</Tag> : <Tag>已下架</Tag>),
                  },
                  {
                    title: '操作',
                    render: (_, g) =>
                      manage && (
                        <Space>
                          <Button size="small" onClick={() => setEditing(g)}>
                            修改
                          </Button>
                          {!g.unlimited && (
                            <Button size="small" onClick={() => (setProblem(null), setStockOf(g))}>
                              入库 / 盘点
                            </Button>
                          )}
                        </Space>
                      ),
                  },
                ]}
              />
            </Card>
            <Card title="兑换单">
              <RedemptionsTable shopId={shop.id} />
            </Card>
            <GoodsFormModal
              shopId={shop.id}
              goods={editing ?? null}
              open={editing !== undefined}
              onClose={(changed) => {
                setEditing(undefined);
                if (changed) refetch({ requestPolicy: 'network-only' });
              }}
            />
            <FormModal
              title={`库存变动：${stockOf?.name ?? ''}（现有 ${stockOf?.stock ?? 0}）`}
              open={Boolean(stockOf)}
              okText="登记"
              busy={stockState.fetching}
              form={stockForm}
              onFinish={saveStock}
              onCancel={() => setStockOf(null)}
              problem={problem}
            >
              <Form.Item name="kind" label="类型" initialValue="RECEIVED">
                <Radio.Group
                  options={[
                    { value: 'RECEIVED', label: '入库' },
                    { value: 'ADJUSTED', label: '盘点调整' },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="quantity"
                label={stockKind === 'ADJUSTED' ? '调整数量（盘亏填负数）' : '入库数量'}
                rules={[{ required: true, message: '请填写数量' }]}
              >
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="reason"
                label="原因"
                rules={[{ required: stockKind === 'ADJUSTED', message: '盘点调整须写明原因' }]}
              >
                <Input />
              </Form.Item>
            </FormModal>
          </Space>
        )}
      </QueryView>
    </DetailPage>
  );
}
