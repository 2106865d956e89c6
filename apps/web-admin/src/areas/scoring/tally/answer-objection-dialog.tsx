import {
  Alert,
  App,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatPointsChange } from '@village/web';
import type { VariablesOf } from '@village/web';
import { applyApiError } from '../../../components/api-form';
import { TRACK_LABELS } from '../scoring-labels';
import type { PanelObjection } from './objections-panel';
import { ScoringAnswerObjectionDocument, ScoringObjectionEntriesDocument } from './tally-documents';

type AnswerObjectionInput = VariablesOf<typeof ScoringAnswerObjectionDocument>['input'];
type ScoreTrack = NonNullable<AnswerObjectionInput['adjustment']>['track'];

interface AnswerValues {
  decision: 'UPHOLD' | 'DISMISS';
  answer: string;
  reverseEntryIds?: string[];
  adjustmentTrack?: ScoreTrack;
  adjustmentPoints?: number | null;
}

/**
 * Answering one objection. Dismissed: the reason. Upheld: the reason and the remedy — reverse some of
 * the resident's ledger entries, or record a correcting amount, or both; the API then re-tallies and
 * re-posts the notice.
 */
export function AnswerObjectionDialog({
  objection,
  subjectName,
  period,
  onClose,
  onAnswered,
}: {
  objection: PanelObjection;
  subjectName: string;
  period: { startsOn: string; endsOn: string };
  onClose(): void;
  onAnswered(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const decision = Form.useWatch('decision', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, answer] = useMutation(ScoringAnswerObjectionDocument);
  // A tally counts from 1 January to the period's end, so any entry of that window may be at fault.
  const [entries] = useQuery({
    query: ScoringObjectionEntriesDocument,
    variables: {
      residentId: objection.subjectResidentId,
      from: `${period.endsOn.slice(0, 4)}-01-01`,
      to: period.endsOn,
    },
  });
  const all = entries.data?.ledgerEntries.items ?? [];
  const reversed = new Set(all.map((e) => e.reversesEntryId).filter(Boolean));
  const reversible = all.filter((e) => e.kind === 'NORMAL' && !reversed.has(e.id));

  const submit = async (values: AnswerValues) => {
    setFailure(null);
    const input: AnswerObjectionInput = {
      objectionId: objection.id,
      decision: values.decision,
      answer: values.answer.trim(),
    };
    if (values.decision === 'UPHOLD') {
      const hasAdjustment = values.adjustmentPoints !== null && values.adjustmentPoints !== undefined;
      if (!values.reverseEntryIds?.length && !hasAdjustment) {
        setFailure('异议成立须冲正至少一条台账记录，或登记更正分值');
        return;
      }
      if (values.reverseEntryIds?.length) input.reverseEntryIds = values.reverseEntryIds;
      if (hasAdjustment)
        input.adjustment = {
          track: values.adjustmentTrack ?? 'CREDIT',
          points: values.adjustmentPoints as number,
        };
    }
    const result = await answer({ input });
    if (result.error) setFailure(applyApiError(form, result.error));
    else {
      message.success(
        values.decision === 'UPHOLD' ? '已答复：异议成立，已更正并重新公示' : '已答复：异议不成立',
      );
      onAnswered();
    }
  };

  return (
    <Modal
      open
      title={`答复异议：${subjectName}`}
      okText="提交答复"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={sending.fetching}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>
        异议理由：{objection.reason}（{formatDate(objection.raisedOn)} 提出，
        {formatDate(objection.answerDueOn)} 前答复）
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />}
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        initialValues={{ decision: 'UPHOLD', adjustmentTrack: 'CREDIT' }}
        onFinish={submit}
        onValuesChange={() => setFailure(null)}
      >
        <Form.Item name="decision" label="答复结论">
          <Radio.Group>
            <Radio value="UPHOLD">异议成立（更正台账并重新公示）</Radio>
            <Radio value="DISMISS">异议不成立</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="answer"
          label="答复内容"
          rules={[{ required: true, whitespace: true, message: '请写明答复理由' }]}
        >
          <Input.TextArea rows={3} maxLength={450} showCount />
        </Form.Item>
        {decision !== 'DISMISS' && (
          <>
            <Form.Item name="reverseEntryIds" label="冲正这些台账记录">
              {entries.fetching && !entries.data ? (
                <Typography.Text type="secondary">加载台账记录…</Typography.Text>
              ) : reversible.length === 0 ? (
                <Typography.Text type="secondary">该村民本年度至期末没有可冲正的记录</Typography.Text>
              ) : (
                <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                  {reversible.map((e) => (
                    <Checkbox key={e.id} value={e.id}>
                      {formatDate(e.actedOn)} · {e.itemCode} {e.itemName} · {formatPointsChange(e.points)}{' '}
                      分（
                      {TRACK_LABELS[e.track]}）
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              )}
            </Form.Item>
            <Space wrap>
              <Form.Item name="adjustmentTrack" label="更正的积分类型">
                <Select
                  style={{ width: 160 }}
                  options={Object.entries(TRACK_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name="adjustmentPoints" label="更正分值（正为补加，负为扣减；不更正可不填）">
                <InputNumber step={0.5} style={{ width: 160 }} suffix="分" />
              </Form.Item>
            </Space>
          </>
        )}
      </Form>
    </Modal>
  );
}
