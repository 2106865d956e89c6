import { Alert, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useMyUnits } from '../../components/my-units';
import { QueryView } from '../../components/query-view';
import { PointsFiguresDocument } from './incentives-documents';

const points = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const yuan = (n: number) =>
  `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function Figures({ unitId, range }: { unitId: string; range: [Dayjs, Dayjs] }) {
  const variables = { unitId, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const [result, refetch] = useQuery({ query: PointsFiguresDocument, variables });
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const { villages, shops } = data.pointsFigures;
        const total = (key: 'issued' | 'redeemed' | 'expired' | 'outstanding') =>
          villages.reduce((sum, v) => sum + v[key], 0);
        return (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Table
              rowKey="villageId"
              size="small"
              pagination={false}
              aria-label="各村积分台账"
              title={() => '各村积分：发放、兑换、清零与结余'}
              dataSource={villages}
              columns={[
                { title: '村', dataIndex: 'villageName' },
                { title: '发放', dataIndex: 'issued', align: 'right', render: points },
                { title: '兑换', dataIndex: 'redeemed', align: 'right', render: points },
                { title: '到期清零', dataIndex: 'expired', align: 'right', render: points },
                { title: '当前结余', dataIndex: 'outstanding', align: 'right', render: points },
              ]}
              summary={() =>
                villages.length > 1 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                    {(['issued', 'redeemed', 'expired', 'outstanding'] as const).map((key, i) => (
                      <Table.Summary.Cell key={key} index={i + 1} align="right">
                        {points(total(key))}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                ) : null
              }
            />
            <Table
              rowKey="shopId"
              size="small"
              pagination={false}
              aria-label="各兑换点兑出"
              title={() => '各兑换点兑出（按领取日期，已退回的不计）'}
              locale={{ emptyText: '期间内没有领取的兑换' }}
              dataSource={shops}
              columns={[
                { title: '兑换点', dataIndex: 'shopName' },
                { title: '领取单数', dataIndex: 'pickedUp', align: 'right' },
                { title: '所用积分', dataIndex: 'points', align: 'right', render: points },
                { title: '折合金额', dataIndex: 'valueYuan', align: 'right', render: yuan },
              ]}
            />
            <Typography.Text type="secondary">
              发放为期间内入账的可兑换积分；兑换为兑换扣减减去取消、过期与退回退还的积分；结余为各账户当前余额之和。
            </Typography.Text>
          </Space>
        );
      }}
    </QueryView>
  );
}

/** 积分资金台账: a village's, town's or district's points issued, redeemed, expired and outstanding, and what each shop gave out. */
export default function FundFiguresPage() {
  const units = [...useMyUnits('DISTRICT'), ...useMyUnits('TOWN'), ...useMyUnits('VILLAGE')];
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.id);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  return (
    <>
      <Typography.Title level={3}>积分资金台账</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {units.length > 1 && (
          <Select
            aria-label="选择单位"
            style={{ width: 240 }}
            value={unitId}
            onChange={setUnitId}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
        <DatePicker.RangePicker
          aria-label="期间"
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      </Space>
      {unitId ? (
        <Figures unitId={unitId} range={range} />
      ) : (
        <Alert type="info" title="您没有区、镇或村的角色" />
      )}
    </>
  );
}
