import { List } from 'antd-mobile';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, publicNoticePdfUrl, sha256Hex } from '@village/web';
import { QueryState } from '../components/query-state';
import { PublicCheck } from './public-check';
import { PublicArtefactDocument, VerifyPublicArtefactDocument, type PublicContent } from './public-documents';

/** A row as the phone shows it: its rank and name first, then every other column as 名称：值. */
function RowItem({ columns, row }: { columns: string[]; row: string[] }) {
  const nameAt = columns.indexOf('姓名');
  const rest = columns
    .map((c, i) => [c, row[i]] as const)
    .filter(([c, v], i) => i !== nameAt && v !== '' && c);
  return (
    <List.Item title={rest.map(([c, v]) => `${c}：${v}`).join('　')}>
      <span style={{ fontSize: '1.25rem' }}>{nameAt >= 0 ? row[nameAt] : row.join(' ')}</span>
    </List.Item>
  );
}

/**
 * 村务公开 without an account (DOMAIN.md §14): a posted notice, honour list or payout plan at a stable
 * address (/m/public/<id>, the QR code on the paper notice, which may add `?d=<digest>`), names masked.
 * The phone recomputes the digest of exactly the text it shows and the server is asked to check its
 * own rows, log and checkpoints; both must agree for 与系统一致.
 */
export default function PublicNoticePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const paperDigest = params.get('d')?.toLowerCase() ?? null;
  const [result, refetch] = useQuery({ query: PublicArtefactDocument, variables: { id } });
  const artefact = result.data?.publicArtefact;
  const [verification] = useQuery({
    query: VerifyPublicArtefactDocument,
    variables: { id, seq: artefact?.checkpoint?.seq ?? null, root: artefact?.checkpoint?.rootHash ?? null },
    pause: !artefact,
    requestPolicy: 'network-only',
  });
  const computed = useMemo(() => (artefact ? sha256Hex(artefact.canonical) : null), [artefact]);
  return (
    <main className="page public-page">
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="打不开这份公示"
      >
        {({ publicArtefact: a }) => {
          const content = JSON.parse(a.canonical) as PublicContent;
          const v = verification.data?.verifyPublicArtefact;
          const systemOk = v
            ? v.unchanged && v.chainIntact && v.checkpointsValid && v.printedCheckpointConsistent !== false
            : null;
          return (
            <>
              <header className="page-header">
                <h1 style={{ fontSize: '1.35rem' }}>{content.title}</h1>
              </header>
              <p className="muted">
                {[content.district, content.town, content.village].filter(Boolean).join(' · ')}
                <br />
                公示日期 {formatDate(content.postedOn)}
                {content.windowEndsOn && `，公示期至 ${formatDate(content.windowEndsOn)}`}
              </p>
              <PublicCheck
                digest={a.digest}
                outcome={{
                  pageMatches: computed === a.digest,
                  paperMatches: paperDigest
                    ? a.digest.startsWith(paperDigest) && paperDigest.length >= 8
                    : null,
                  systemOk,
                  problems: v?.problems ?? (verification.error ? ['暂时无法向系统核验，请稍后刷新'] : []),
                }}
              />
              <h2 className="section-title">共 {content.rows.length} 行（姓名已隐去中间字）</h2>
              <List aria-label="公示内容">
                {content.rows.map((row) => (
                  <RowItem key={row.join('|')} columns={content.columns} row={row} />
                ))}
              </List>
              {a.checkpoint && (
                <p className="muted">
                  公开记录第 {a.seq} 条，检查点第 {a.checkpoint.seq} 条（
                  {formatDateTime(a.checkpoint.signedAt)}
                  签名），根摘要 {a.checkpoint.rootHash.slice(0, 16)}…
                  {a.checkpoint.countersigns
                    .map((c) => `；${c.unitName}（${c.capacity}）${c.signerName}已会签`)
                    .join('')}
                </p>
              )}
              <p>
                <a href={publicNoticePdfUrl(a.artefactId)} download>
                  下载打印版（PDF）
                </a>
              </p>
              <p className="muted">
                如对公示内容有疑问，可向村委会或村务监督委员会反映，也可向镇政府反映（村民委员会组织法第三十一条）。
              </p>
            </>
          );
        }}
      </QueryState>
    </main>
  );
}
