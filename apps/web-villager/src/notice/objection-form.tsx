import { Button, NoticeBar, Popup, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorMessage, formatPoints } from '@village/web';
import { RaiseObjectionDocument, type NoticeLine } from './notice-documents';

/**
 * 提出异议 on one line of the notice: the reason in the resident's words. A refusal (outside the notice
 * period, a newer notice) is shown with the reason still there.
 */
export function ObjectionForm({
  line,
  onClose,
  onRaised,
}: {
  line: NoticeLine | null;
  onClose: () => void;
  onRaised: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, raise] = useMutation(RaiseObjectionDocument);

  async function submit() {
    if (!line) return;
    if (!reason.trim()) {
      setProblem('请写明异议的理由');
      return;
    }
    setProblem(null);
    const result = await raise({ input: { tallyLineId: line.id, reason: reason.trim() } });
    if (result.error) {
      setProblem(apiErrorMessage(result.error));
      return;
    }
    setReason('');
    onRaised();
  }

  return (
    <Popup
      visible={line !== null}
      onMaskClick={onClose}
      bodyStyle={{ padding: 16, maxHeight: '85vh', overflowY: 'auto' }}
    >
      {line && (
        <div role="dialog" aria-label="提出异议">
          <h2 style={{ fontSize: '1.2rem', marginTop: 0 }}>对 {line.residentName} 的积分提出异议</h2>
          <p className="muted">
            第 {line.rank} 名，信用积分 {formatPoints(line.creditScore)}{' '}
            分。村信用议事会将在期限内答复，答复会发到“消息”里。
          </p>
          <label htmlFor="objection-reason">
            <strong>异议理由</strong>
          </label>
          <TextArea
            id="objection-reason"
            value={reason}
            onChange={setReason}
            placeholder="写明哪里不对、为什么，例如：某月的活动我没有参加，不应加分"
            rows={4}
            maxLength={1000}
            showCount
          />
          {problem && (
            <div role="alert" style={{ margin: '8px 0' }}>
              <NoticeBar content={problem} color="error" wrap />
            </div>
          )}
          <div className="tap-row" style={{ marginTop: 12 }}>
            <Button color="primary" loading={state.fetching} onClick={() => void submit()}>
              提交异议
            </Button>
            <Button onClick={onClose}>取消</Button>
          </div>
        </div>
      )}
    </Popup>
  );
}
