import { Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime, useSession } from '@village/web';
import { DECLARATION_STATUS_LABELS } from '../scoring/scoring-labels';

/** The figures of an alert's evidence, in words; ids and lists are shown apart. */
const FIGURES: Record<string, string> = {
  month: '月份',
  netPoints: '净变动（分）',
  gainedPoints: '加分',
  lostPoints: '减分',
  entryCount: '台账记录',
  night: '夜间（当晚日期）',
  registrations: '登记条数',
  firstAt: '最早登记',
  lastAt: '最晚登记',
  username: '账号',
  sha256: '文件 SHA-256',
  acts: '不同申报',
  residents: '涉及村民数',
  decision: '审核结论',
  points: '分值',
  reviewedAt: '审核时间',
  householdCode: '户号',
  threshold: '提醒线',
};
const TIMES = new Set(['firstAt', 'lastAt', 'reviewedAt']);
const DECISIONS: Record<string, string> = { APPROVE: '通过', AMEND: '修正后通过' };

interface Use {
  declarationId: string;
  residentName: string;
  itemCode: string;
  actedOn: string;
  status: string;
}

/** Who may open a resident's score explanation (the route's permissions, apps/web-admin scoring). */
const SCORE_PAGE = ['DECLARATION_REVIEW', 'DECLARATION_REGISTER', 'TALLY_MANAGE', 'AUDIT_READ'];

/**
 * What triggered an alert: its figures, the residents concerned (each a link to their score
 * explanation, where their declarations and ledger entries are, for those who may open it) and the
 * declarations by number. The admin app has no page of one declaration, so a number is what it shows.
 */
export function AnomalyEvidence(props: {
  villageId: string;
  evidence: string;
  declarationIds: string[];
  residents: { id: string; name: string }[];
}) {
  const { can } = useSession();
  const mayOpen = SCORE_PAGE.some((p) => can(p));
  const evidence = JSON.parse(props.evidence) as Record<string, unknown>;
  const figures = Object.entries(FIGURES).filter(
    ([key]) => evidence[key] !== undefined && evidence[key] !== null,
  );
  const uses = Array.isArray(evidence.uses) ? (evidence.uses as Use[]) : [];
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        {figures.map(([key, label]) => {
          const value = evidence[key];
          const shown = TIMES.has(key)
            ? formatDateTime(String(value))
            : key === 'decision'
              ? (DECISIONS[String(value)] ?? String(value))
              : String(value);
          return (
            <Descriptions.Item key={key} label={label}>
              {shown}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
      {props.residents.length > 0 && (
        <Typography.Text>
          涉及村民：
          {props.residents.map((r, i) => (
            <span key={r.id}>
              {i > 0 && '、'}
              {mayOpen ? (
                <Link to={`/scoring/residents?village=${props.villageId}&resident=${r.id}`}>{r.name}</Link>
              ) : (
                r.name
              )}
            </span>
          ))}
        </Typography.Text>
      )}
      {uses.length > 0 && (
        <ul aria-label="使用该文件的申报" style={{ margin: 0 }}>
          {uses.map((u) => (
            <li key={u.declarationId}>
              {u.residentName}：事项 {u.itemCode}，{u.actedOn}，
              {DECLARATION_STATUS_LABELS[u.status] ?? u.status}
              （申报 {u.declarationId.slice(0, 8)}）
            </li>
          ))}
        </ul>
      )}
      {props.declarationIds.length > 0 && (
        <Typography.Text
          type="secondary"
          copyable={{ text: props.declarationIds.join('\n'), tooltips: ['复制完整编号', '已复制'] }}
        >
          涉及申报 {props.declarationIds.length} 条，编号：
          {props.declarationIds.map((id) => id.slice(0, 8)).join('、')}
        </Typography.Text>
      )}
    </Space>
  );
}
