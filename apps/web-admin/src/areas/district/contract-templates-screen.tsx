import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, type ContractColour } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { useMyUnits } from '../../components/my-units';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { CONTRACT_COLOUR_LABELS, optionsOf } from '../../components/rulebook-labels';
import { RuleStatusTag } from '../../components/status-tag';
import { ContractTemplatesQuery, CreateContractTemplateMutation } from './contract-template-documents';

interface NewTemplate {
  colour: ContractColour;
  title: string;
  clauses: string;
}

/**
 * Contract templates of one unit, per colour: the district's own (level DISTRICT), or a town's
 * extensions of the district's published template (level TOWN; the API links the extension itself).
 */
export function ContractTemplatesScreen({ level }: { level: 'DISTRICT' | 'TOWN' }) {
  const unit = useMyUnits(level)[0];
  const base = level === 'DISTRICT' ? '/district' : '/town';
  const navigate = useNavigate();
  const [colour, setColour] = useState<ContractColour | undefined>(undefined);
  const paging = usePaging();
  const [result, refetch] = useQuery({
    query: ContractTemplatesQuery,
    variables: { unitId: unit?.id, colour, ...paging.variables },
    pause: !unit,
  });
  const [created, create] = useMutation(CreateContractTemplateMutation);
  const [form] = Form.useForm<NewTemplate>();
  const [error, setError] = useState<string | null>(null);

  async function submit(values: NewTemplate) {
    if (!unit) return;
    const clauses = values.clauses
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    const outcome = await create({
      input: { unitId: unit.id, colour: values.colour, title: values.title, clauses },
    });
    setError(applyApiError(form, outcome.error));
    if (outcome.data) navigate(`${base}/contract-templates/${outcome.data.createContractTemplate.id}`);
  }

  if (!unit) return <Alert type="warning" showIcon title="您没有可制定契约模板的单位" />;
  return (
    <>
      <Typography.Title level={3}>{level === 'DISTRICT' ? '契约模板' : '契约模板扩展'}</Typography.Title>
      {level === 'TOWN' && (
        <Typography.Paragraph type="secondary">
          镇级扩展在区级已发布模板的基础上增加本镇条款与考评项目；区里尚未发布某颜色模板时无法扩展。
        </Typography.Paragraph>
      )}
      <Card
        size="small"
        title={`新建${level === 'DISTRICT' ? '' : '扩展'}模板版本（草稿）`}
        style={{ marginBottom: 16 }}
      >
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ title: '', clauses: '' }}>
          <Space align="start" wrap>
            <Form.Item label="颜色" name="colour" rules={[{ required: true, message: '请选择颜色' }]}>
              <Select style={{ width: 180 }} options={optionsOf(CONTRACT_COLOUR_LABELS)} />
            </Form.Item>
            <Form.Item label="标题" name="title" rules={[{ required: true, message: '请输入标题' }]}>
              <Input style={{ width: 320 }} maxLength={64} />
            </Form.Item>
          </Space>
          <Form.Item label="职责条款（每行一条，可稍后添加）" name="clauses">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={created.fetching}>
            新建
          </Button>
        </Form>
      </Card>
      <Space style={{ marginBottom: 12 }}>
        <span>颜色</span>
        <Select
          aria-label="颜色"
          allowClear
          placeholder="全部颜色"
          style={{ width: 180 }}
          value={colour}
          options={optionsOf(CONTRACT_COLOUR_LABELS)}
          onChange={(v: ContractColour | undefined) => {
            setColour(v);
            paging.reset();
          }}
        />
      </Space>
      <QueryView
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.contractTemplates.total === 0}
        empty="还没有模板"
      >
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.contractTemplates.items}
            pagination={paging.pagination(data.contractTemplates.total)}
            columns={[
              {
                title: '颜色',
                dataIndex: 'colour',
                render: (v: string) => <Tag>{CONTRACT_COLOUR_LABELS[v] ?? v}</Tag>,
              },
              {
                title: '标题',
                dataIndex: 'title',
                render: (v: string, t) => <Link to={`${base}/contract-templates/${t.id}`}>{v}</Link>,
              },
              { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
              { title: '级别', dataIndex: 'townId', render: (v: string | null) => (v ? '镇级扩展' : '区级') },
              { title: '条款数', dataIndex: 'clauses', render: (v: string[]) => v.length },
              { title: '考评项目', dataIndex: 'itemCodes', render: (v: string[]) => v.join('、') || '—' },
              { title: '状态', dataIndex: 'status', render: (v: string) => <RuleStatusTag status={v} /> },
              {
                title: '发布时间',
                dataIndex: 'publishedAt',
                render: (v: string | null) => formatDateTime(v),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}

export default function DistrictContractTemplatesPage() {
  return <ContractTemplatesScreen level="DISTRICT" />;
}
