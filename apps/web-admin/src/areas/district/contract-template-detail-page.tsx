import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { formatDateTime } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { PublishProblems } from '../../components/publish-problems';
import { QueryView } from '../../components/query-view';
import { CONTRACT_COLOUR_LABELS } from '../../components/rulebook-labels';
import { RuleStatusTag } from '../../components/status-tag';
import {
  AddContractClauseMutation,
  ContractTemplateQuery,
  PublishContractTemplateMutation,
  SetContractTemplateItemsMutation,
} from './contract-template-documents';

/** One template version: its clauses and item codes, editable in a draft; publish after confirming. */
export default function ContractTemplateDetailPage() {
  const { id = '' } = useParams();
  const { modal, message } = App.useApp();
  const [result, refetch] = useQuery({ query: ContractTemplateQuery, variables: { id } });
  const [, addClause] = useMutation(AddContractClauseMutation);
  const [, setItems] = useMutation(SetContractTemplateItemsMutation);
  const [, publish] = useMutation(PublishContractTemplateMutation);
  const [clauseForm] = Form.useForm<{ text: string }>();
  const [itemsForm] = Form.useForm<{ itemCodes: string }>();
  const [error, setError] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <QueryView result={result} retry={reload}>
      {({ contractTemplate: t }) => {
        const draft = t.status === 'DRAFT';
        const back = t.townId ? '/town/contract-templates' : '/district/contract-templates';
        async function publishNow() {
          const ok = await confirmIrreversible(modal, {
            title: `发布「${t.title}」？`,
            consequence: `发布后 ${t.clauses.length} 条条款和关联的考评项目都不能再修改，各村将据此生成契约。`,
            okText: '确认发布',
          });
          if (!ok) return;
          const outcome = await publish({ id: t.id });
          setPublishError(outcome.error ?? null);
          if (!outcome.error) {
            message.success('已发布');
            reload();
          }
        }
        return (
          <>
            <Typography.Paragraph>
              <Link to={back}>← 契约模板</Link>
            </Typography.Paragraph>
            <Space align="center" style={{ marginBottom: 12 }}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t.title}
              </Typography.Title>
              <RuleStatusTag status={t.status} />
            </Space>
            <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="颜色">{CONTRACT_COLOUR_LABELS[t.colour]}</Descriptions.Item>
              <Descriptions.Item label="版本">第 {t.version} 版</Descriptions.Item>
              <Descriptions.Item label="级别">
                {t.extendsTemplateId ? '镇级扩展（只含新增条款）' : '区级'}
              </Descriptions.Item>
              <Descriptions.Item label="发布时间">{formatDateTime(t.publishedAt)}</Descriptions.Item>
            </Descriptions>
            <PublishProblems error={publishError} />
            {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
            {draft && (
              <Button type="primary" style={{ marginBottom: 16 }} onClick={publishNow}>
                发布…
              </Button>
            )}
            <Card size="small" title="职责条款" style={{ marginBottom: 16 }}>
              <List
                dataSource={t.clauses}
                locale={{ emptyText: '还没有条款' }}
                renderItem={(clause, index) => (
                  <List.Item>
                    {index + 1}. {clause}
                  </List.Item>
                )}
              />
              {draft && (
                <Form
                  form={clauseForm}
                  layout="inline"
                  initialValues={{ text: '' }}
                  onFinish={async ({ text }) => {
                    const outcome = await addClause({ input: { templateId: t.id, text } });
                    setError(applyApiError(clauseForm, outcome.error));
                    if (!outcome.error) {
                      clauseForm.resetFields();
                      setPublishError(null);
                    }
                  }}
                >
                  <Form.Item
                    name="text"
                    label="新条款"
                    rules={[{ required: true, message: '请输入条款内容' }]}
                    style={{ flex: 1 }}
                  >
                    <Input />
                  </Form.Item>
                  <Button htmlType="submit">添加条款</Button>
                </Form>
              )}
            </Card>
            <Card size="small" title="关联的考评项目编码">
              {draft ? (
                <Form
                  form={itemsForm}
                  layout="inline"
                  initialValues={{ itemCodes: t.itemCodes.join('，') }}
                  onFinish={async ({ itemCodes }) => {
                    const codes = itemCodes.split(/[,，\s]+/).filter(Boolean);
                    const outcome = await setItems({ input: { templateId: t.id, itemCodes: codes } });
                    setError(applyApiError(itemsForm, outcome.error));
                    if (!outcome.error) {
                      message.success('已保存考评项目');
                      // The refusal was about the draft as it was; it changed, so the reasons may be gone.
                      setPublishError(null);
                    }
                  }}
                >
                  <Form.Item name="itemCodes" label="编码（逗号分隔）" style={{ flex: 1 }}>
                    <Input placeholder="如 RED-01，RED-02" />
                  </Form.Item>
                  <Button htmlType="submit">保存</Button>
                </Form>
              ) : (
                t.itemCodes.join('、') || '—'
              )}
            </Card>
          </>
        );
      }}
    </QueryView>
  );
}
