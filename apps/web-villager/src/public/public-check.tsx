import { Tag } from 'antd-mobile';
import { digestGroups } from '@village/web';

export interface CheckOutcome {
  /** The page's own recomputation of the text it shows equals the logged digest. */
  pageMatches: boolean;
  /** The digest printed on paper (from the QR code), when the page was opened from one. */
  paperMatches: boolean | null;
  /** The server's check of its own rows and log (null while it is being asked). */
  systemOk: boolean | null;
  problems: string[];
}

/**
 * The verdict at the top of the public page: 与系统一致 only when this phone's own SHA-256 of the shown
 * text equals the logged digest, the system's rows still give it and its log and checkpoints hold,
 * and — opened from a printed QR code — the digest on the paper is the same.
 */
export function PublicCheck({ digest, outcome }: { digest: string; outcome: CheckOutcome }) {
  const consistent = outcome.pageMatches && outcome.paperMatches !== false && outcome.systemOk === true;
  const pending = outcome.systemOk === null && outcome.pageMatches && outcome.paperMatches !== false;
  return (
    <section className="public-check" role="status" aria-live="polite">
      <p style={{ fontSize: '1.4rem', margin: '8px 0' }}>
        {pending ? (
          <Tag color="default">正在核验…</Tag>
        ) : consistent ? (
          <Tag color="success" style={{ fontSize: '1.3rem', padding: '4px 10px' }}>
            ✓ 与系统一致
          </Tag>
        ) : (
          <Tag color="danger" style={{ fontSize: '1.3rem', padding: '4px 10px' }}>
            ✗ 与系统不一致
          </Tag>
        )}
      </p>
      <ul className="muted" style={{ paddingLeft: 20, margin: 0 }}>
        <li>本机计算的摘要{outcome.pageMatches ? '与登记的一致' : '与登记的不一致'}</li>
        {outcome.paperMatches !== null && (
          <li>纸质公示二维码中的摘要{outcome.paperMatches ? '与本页一致' : '与本页不一致'}</li>
        )}
        {outcome.systemOk !== null && (
          <li>{outcome.systemOk ? '系统核验：公示后数据未被改动，公开记录链完整' : '系统核验发现问题'}</li>
        )}
        {outcome.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p style={{ marginBottom: 0 }}>
        摘要（SHA-256）：
        <code data-testid="public-digest" style={{ wordBreak: 'break-all', fontSize: '1rem' }}>
          {digestGroups(digest)}
        </code>
      </p>
    </section>
  );
}
