import { Descriptions, Drawer, Tag, Typography } from 'antd';
import { formatDateTime } from '@village/web';
import { AUDIT_OUTCOME_LABELS } from '../../components/rulebook-labels';

export interface AuditRow {
  id: string;
  occurredAt: string;
  operation: string;
  outcome: string;
  username: string | null;
  userId: string | null;
  orgUnitId: string | null;
  clientIp: string | null;
  errorCode: string | null;
  detail: string;
}

/** The detail is JSON text (passwords already hidden by the API); shown indented, as text only. */
function prettyDetail(detail: string): string {
  try {
    return JSON.stringify(JSON.parse(detail), null, 2);
  } catch {
    return detail;
  }
}

/** One audit row in full: who, when, from where, the outcome and the request's detail. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditRow | null; onClose: () => void }) {
  return (
    <Drawer open={entry !== null} onClose={onClose} size="large" title="审计记录详情">
      {entry && (
        <>
          <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="时间">{formatDateTime(entry.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label="操作">{entry.operation}</Descriptions.Item>
            <Descriptions.Item label="结果">
              <OutcomeTag outcome={entry.outcome} />
            </Descriptions.Item>
            <Descriptions.Item label="用户名">{entry.username ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="用户编号">{entry.userId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="组织单元">{entry.orgUnitId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="来源 IP">{entry.clientIp ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="错误代码">{entry.errorCode ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>请求详情</Typography.Title>
          <pre style={{ background: '#fafafa', padding: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {prettyDetail(entry.detail)}
          </pre>
        </>
      )}
    </Drawer>
  );
}

/** The outcome in words (colour only helps). */
export function OutcomeTag({ outcome }: { outcome: string }) {
  const colour = outcome === 'SUCCESS' ? 'green' : outcome === 'DENIED' ? 'orange' : 'red';
  return <Tag color={colour}>{AUDIT_OUTCOME_LABELS[outcome] ?? outcome}</Tag>;
}
