import { Alert, App, Button, Descriptions, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { PublishProblems } from '../../components/publish-problems';
import { QueryView } from '../../components/query-view';
import { RuleStatusTag } from '../../components/status-tag';
import { ManualAdjustments } from './manual-adjustments';
import {
  CreateManualVersionMutation,
  ManualEditorQuery,
  ManualFrameworkQuery,
  PublishManualMutation,
} from './manual-documents';
import { ManualProcedureEditor } from './manual-procedure-editor';
import { ManualSettingsForm } from './manual-settings-form';
import { ManualTownItems } from './manual-town-items';

/**
 * A town's operating manual: the district items as the town applies them, its own items, calendar and
 * limits, the cadres' procedure. A draft is edited here and published after confirming; a published
 * one is read-only and a new version starts from it.
 */
export default function ManualEditorPage() {
  const { id = '' } = useParams();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const manage = useSession().can('MANUAL_MANAGE');
  const [result, refetch] = useQuery({ query: ManualEditorQuery, variables: { id } });
  const frameworkId = result.data?.manual.frameworkId ?? '';
  const [frameworkResult] = useQuery({
    query: ManualFrameworkQuery,
    variables: { id: frameworkId },
    pause: !frameworkId,
  });
  const [, publish] = useMutation(PublishManualMutation);
  const [, newVersion] = useMutation(CreateManualVersionMutation);
  const [problem, setProblem] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // After an edit the draft is no longer what was refused: the old reasons would mislead.
  const edited = () => {
    setProblem(null);
    reload();
  };

  return (
    <QueryView result={result} retry={reload}>
      {({ manual }) => {
        const draft = manual.status === 'DRAFT';
        const editable = draft && manage;
        async function publishNow() {
          const ok = await confirmIrreversible(modal, {
            title: `发布「${manual.title}」第 ${manual.version} 版？`,
            consequence:
              '发布后本手册的事项调整、本镇事项、工作日历与操作规程都不能再修改，各村将依据它制定积分评价清单；如需改动只能新建版本。',
            okText: '确认发布',
          });
          if (!ok) return;
          const outcome = await publish({ id: manual.id });
          setProblem(outcome.error ?? null);
          if (!outcome.error) {
            message.success('操作手册已发布');
            reload();
          }
        }
        async function makeVersion() {
          const outcome = await newVersion({ fromId: manual.id });
          setProblem(outcome.error ?? null);
          if (outcome.data) navigate(`/town/manuals/${outcome.data.createManualVersion.id}`);
        }
        return (
          <>
            <Typography.Paragraph>
              <Link to="/town/manuals">← 操作手册</Link>
            </Typography.Paragraph>
            <Space align="center" wrap style={{ marginBottom: 12 }}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {manual.title}
              </Typography.Title>
              <RuleStatusTag status={manual.status} />
            </Space>
            <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="版本">第 {manual.version} 版</Descriptions.Item>
              <Descriptions.Item label="依据框架">
                {frameworkResult.data
                  ? `${frameworkResult.data.framework.title}（第 ${frameworkResult.data.framework.version} 版）`
                  : '…'}
              </Descriptions.Item>
              <Descriptions.Item label="发布时间">{formatDateTime(manual.publishedAt)}</Descriptions.Item>
            </Descriptions>
            {manage && (
              <Space style={{ marginBottom: 16 }}>
                {draft ? (
                  <>
                    <Button type="primary" onClick={publishNow}>
                      发布手册…
                    </Button>
                    <Button onClick={() => navigate(`/town/manuals/${manual.id}/preview`)}>预览影响</Button>
                  </>
                ) : (
                  <Button type="primary" onClick={makeVersion}>
                    以此为底稿新建版本
                  </Button>
                )}
              </Space>
            )}
            {!draft && (
              <Alert
                type="info"
                showIcon
                title="已发布的手册不能修改；如需改动请新建版本。"
                style={{ marginBottom: 12 }}
              />
            )}
            <PublishProblems error={problem} title="操作未成功" />
            <Tabs
              items={[
                {
                  key: 'adjustments',
                  label: '区框架事项',
                  children: (
                    <QueryView result={frameworkResult}>
                      {({ framework }) => (
                        <ManualAdjustments
                          manualId={manual.id}
                          editable={editable}
                          framework={framework}
                          adjustments={manual.adjustments}
                        />
                      )}
                    </QueryView>
                  ),
                },
                {
                  key: 'town-items',
                  label: `本镇事项（${manual.townItems.filter((i) => !i.withdrawn).length}）`,
                  children: (
                    <ManualTownItems
                      manualId={manual.id}
                      items={manual.townItems}
                      editable={editable}
                      onChanged={edited}
                    />
                  ),
                },
                {
                  key: 'settings',
                  label: '工作日历与限额',
                  children: (
                    <ManualSettingsForm
                      manualId={manual.id}
                      initial={manual}
                      editable={editable}
                      onSaved={edited}
                    />
                  ),
                },
                {
                  key: 'procedure',
                  label: '操作规程',
                  children: (
                    <ManualProcedureEditor
                      manualId={manual.id}
                      procedure={manual.procedure}
                      editable={editable}
                      onSaved={edited}
                    />
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
