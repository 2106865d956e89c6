import { Alert, Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { useMyUnits } from '../../components/my-units';
import { QueryView } from '../../components/query-view';
import { RuleStatusTag } from '../../components/status-tag';
import { CreateManualVersionMutation } from './manual-documents';

const ManualsQuery = graphql(`
  query TownManuals($townId: ID!) {
    manuals(townId: $townId) {
      id
      title
      version
      status
      frameworkId
      publishedAt
      createdAt
    }
  }
`);

const PublishedFrameworksQuery = graphql(`
  query TownPublishedFrameworks {
    frameworks(limit: 100) {
      items {
        id
        title
        year
        version
        status
      }
    }
  }
`);

const CreateManualMutation = graphql(`
  mutation TownCreateManual($input: CreateManualInput!) {
    createManual(input: $input) {
      id
    }
  }
`);

/** The town's manual versions; a new manual starts from a published district framework, a new version from any version. */
export default function ManualsPage() {
  const town = useMyUnits('TOWN')[0];
  const navigate = useNavigate();
  const [result, refetch] = useQuery({
    query: ManualsQuery,
    variables: { townId: town?.id ?? '' },
    pause: !town,
  });
  const [frameworks] = useQuery({ query: PublishedFrameworksQuery });
  const [created, createManual] = useMutation(CreateManualMutation);
  const [, newVersion] = useMutation(CreateManualVersionMutation);
  const [form] = Form.useForm<{ frameworkId: string; title: string }>();
  const [error, setError] = useState<string | null>(null);

  if (!town) return <Alert type="warning" showIcon title="您不是镇级管理员，没有可编辑的操作手册" />;
  const published = (frameworks.data?.frameworks.items ?? []).filter((f) => f.status === 'PUBLISHED');
  return (
    <>
      <Typography.Title level={3}>{town.name} · 操作手册</Typography.Title>
      <Card size="small" title="依据区评分框架新建操作手册（草稿）" style={{ marginBottom: 16 }}>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="inline"
          initialValues={{ title: '' }}
          onFinish={async (values) => {
            const outcome = await createManual({ input: { ...values, townId: town.id } });
            setError(applyApiError(form, outcome.error));
            if (outcome.data) navigate(`/town/manuals/${outcome.data.createManual.id}`);
          }}
        >
          <Form.Item
            label="区框架"
            name="frameworkId"
            rules={[{ required: true, message: '请选择已发布的区框架' }]}
          >
            <Select
              style={{ width: 320 }}
              loading={frameworks.fetching}
              options={published.map((f) => ({
                value: f.id,
                label: `${f.title}（${f.year} 年第 ${f.version} 版）`,
              }))}
              notFoundContent="区里尚未发布评分框架"
            />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '请输入标题' }]}>
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Button htmlType="submit" loading={created.fetching}>
            新建
          </Button>
        </Form>
      </Card>
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.manuals.length === 0}
        empty="还没有操作手册，请在上方新建"
      >
        {(data) => (
          <Table
            rowKey="id"
            dataSource={[...data.manuals].sort((a, b) => b.version - a.version)}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
              {
                title: '标题',
                dataIndex: 'title',
                render: (v: string, m) => <Link to={`/town/manuals/${m.id}`}>{v}</Link>,
              },
              { title: '状态', dataIndex: 'status', render: (v: string) => <RuleStatusTag status={v} /> },
              {
                title: '发布时间',
                dataIndex: 'publishedAt',
                render: (v: string | null) => formatDateTime(v),
              },
              { title: '创建时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              {
                title: '操作',
                key: 'actions',
                render: (_, m) => (
                  <Button
                    size="small"
                    onClick={async () => {
                      const outcome = await newVersion({ fromId: m.id });
                      if (outcome.data) navigate(`/town/manuals/${outcome.data.createManualVersion.id}`);
                      else setError(applyApiError(null, outcome.error));
                    }}
                  >
                    以此新建版本
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
