import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { beijingToday, formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { useMyUnits } from '../../components/my-units';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { RuleStatusTag } from '../../components/status-tag';

const FrameworksQuery = graphql(`
  query DistrictFrameworks($year: Int, $limit: Int!, $offset: Int!) {
    frameworks(year: $year, limit: $limit, offset: $offset) {
      total
      items {
        id
        year
        version
        title
        status
        publishedAt
        createdAt
        maxAdjustmentPercent
      }
    }
  }
`);

const CreateFrameworkMutation = graphql(`
  mutation DistrictCreateFramework($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      id
    }
  }
`);

const thisYear = Number(beijingToday().slice(0, 4));
const YEAR_OPTIONS = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({
  value: y,
  label: `${y} 年`,
}));

/** The district's scoring frameworks by year and version; a new framework starts as a draft. */
export default function FrameworksPage() {
  const session = useSession();
  const district = useMyUnits('DISTRICT')[0];
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>(undefined);
  const paging = usePaging();
  const [result, refetch] = useQuery({ query: FrameworksQuery, variables: { year, ...paging.variables } });
  const [created, createFramework] = useMutation(CreateFrameworkMutation);
  const [form] = Form.useForm<{ year: number; title: string }>();
  const [error, setError] = useState<string | null>(null);

  async function create(values: { year: number; title: string }) {
    const outcome = await createFramework({ input: { ...values, districtId: district?.id } });
    setError(applyApiError(form, outcome.error));
    if (outcome.data) navigate(`/district/frameworks/${outcome.data.createFramework.id}`);
  }

  return (
    <>
      <Typography.Title level={3}>评分框架</Typography.Title>
      {session.can('FRAMEWORK_MANAGE') && (
        <Card size="small" title="新建年度评分框架（草稿）" style={{ marginBottom: 16 }}>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
          <Form
            form={form}
            layout="inline"
            onFinish={create}
            initialValues={{ year: thisYear + 1, title: '' }}
          >
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请输入年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
            <Form.Item label="标题" name="title" rules={[{ required: true, message: '请输入标题' }]}>
              <Input style={{ width: 320 }} placeholder="如 文登区2027年度村级信用积分评价框架" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={created.fetching}>
              新建
            </Button>
          </Form>
        </Card>
      )}
      <Space style={{ marginBottom: 12 }}>
        <span>年度</span>
        <Select
          aria-label="年度"
          allowClear
          placeholder="全部年度"
          style={{ width: 140 }}
          value={year}
          options={YEAR_OPTIONS}
          onChange={(v) => {
            setYear(v);
            paging.reset();
          }}
        />
      </Space>
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.frameworks.total === 0}
        empty="没有评分框架；可在上方新建"
      >
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.frameworks.items}
            pagination={paging.pagination(data.frameworks.total)}
            columns={[
              { title: '年度', dataIndex: 'year', render: (v: number) => `${v} 年` },
              { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
              {
                title: '标题',
                dataIndex: 'title',
                render: (v: string, f) => <Link to={`/district/frameworks/${f.id}`}>{v}</Link>,
              },
              { title: '状态', dataIndex: 'status', render: (v: string) => <RuleStatusTag status={v} /> },
              { title: '镇调整幅度', dataIndex: 'maxAdjustmentPercent', render: (v: number) => `±${v}%` },
              {
                title: '发布时间',
                dataIndex: 'publishedAt',
                render: (v: string | null) => formatDateTime(v),
              },
              { title: '创建时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
