import { App, Button, Descriptions, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { PublishProblems } from '../../components/publish-problems';
import { QueryView } from '../../components/query-view';
import { RuleStatusTag } from '../../components/status-tag';
import {
  CopyFrameworkToYearMutation,
  CreateFrameworkVersionMutation,
  FrameworkDetailQuery,
  PublishFrameworkMutation,
} from './framework-documents';
import { FrameworkItems } from './framework-items';
import { FrameworkRulesForm } from './framework-rules-form';

/** One framework version: its items and score rules, editable while a draft; publish, new version, copy. */
export default function FrameworkDetailPage() {
  const { id = '' } = useParams();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [result, refetch] = useQuery({ query: FrameworkDetailQuery, variables: { id } });
  const [, publish] = useMutation(PublishFrameworkMutation);
  const [, newVersion] = useMutation(CreateFrameworkVersionMutation);
  const [, copyToYear] = useMutation(CopyFrameworkToYearMutation);
  const [problem, setProblem] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // After an edit the draft is no longer what was refused: the old reasons would mislead.
  const edited = () => {
    setProblem(null);
    reload();
  };
  const manage = session.can('FRAMEWORK_MANAGE');

  return (
    <QueryView result={result} retry={reload}>
      {({ framework }) => {
        const draft = framework.status === 'DRAFT';
        async function publishNow() {
          const live = framework.items.filter((i) => !i.withdrawn).length;
          const ok = await confirmIrreversible(modal, {
            title: `发布「${framework.title}」？`,
            consequence: `发布后该版本的 ${live} 个评价事项和评分规则都不能再修改，各镇将依据它制定操作手册；如需改动只能新建版本。`,
            okText: '确认发布',
          });
          if (!ok) return;
          const outcome = await publish({ id: framework.id });
          setProblem(outcome.error ?? null);
          if (!outcome.error) {
            message.success('已发布');
            reload();
          }
        }
        async function makeVersion() {
          const outcome = await newVersion({ fromId: framework.id });
          setProblem(outcome.error ?? null);
          if (outcome.data) navigate(`/district/frameworks/${outcome.data.createFrameworkVersion.id}`);
        }
        async function copyNextYear() {
          const outcome = await copyToYear({ id: framework.id, year: framework.year + 1 });
          setProblem(outcome.error ?? null);
          if (outcome.data) navigate(`/district/frameworks/${outcome.data.copyFrameworkToYear.id}`);
        }
        return (
          <>
            <Typography.Paragraph>
              <Link to="/district/frameworks">← 评分框架</Link>
            </Typography.Paragraph>
            <Space align="center" wrap style={{ marginBottom: 12 }}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {framework.title}
              </Typography.Title>
              <RuleStatusTag status={framework.status} />
            </Space>
            <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="年度">{framework.year} 年</Descriptions.Item>
              <Descriptions.Item label="版本">第 {framework.version} 版</Descriptions.Item>
              <Descriptions.Item label="镇调整幅度">±{framework.maxAdjustmentPercent}%</Descriptions.Item>
              <Descriptions.Item label="发布时间">{formatDateTime(framework.publishedAt)}</Descriptions.Item>
            </Descriptions>
            {manage && (
              <Space style={{ marginBottom: 16 }} wrap>
                {draft && (
                  <Button type="primary" onClick={publishNow}>
                    发布…
                  </Button>
                )}
                {draft && (
                  <Button onClick={() => navigate(`/district/frameworks/${framework.id}/preview`)}>
                    预览影响
                  </Button>
                )}
                <Button onClick={makeVersion}>以此为底稿新建版本</Button>
                <Button onClick={copyNextYear}>复制到 {framework.year + 1} 年度</Button>
              </Space>
            )}
            <PublishProblems error={problem} title="操作未成功" />
            <Tabs
              items={[
                {
                  key: 'items',
                  label: `评价事项（${framework.items.filter((i) => !i.withdrawn).length}）`,
                  children: (
                    <FrameworkItems
                      frameworkId={framework.id}
                      items={framework.items}
                      editable={draft && manage}
                      onChanged={edited}
                    />
                  ),
                },
                {
                  key: 'rules',
                  label: '评分规则',
                  children: (
                    <FrameworkRulesForm framework={framework} editable={draft && manage} onSaved={edited} />
                  ),
                },
              ]}
            />
          </>
        );
      }}
    </QueryView>
  );
}
