import { Card, Collapse } from 'antd-mobile';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import { graphql, type DocumentType } from '@village/web/graphql';
import { beijingYear, useMyVillage } from '../app/my-village';
import { EmptyState, QueryState } from '../components/query-state';
import { StatusTag } from '../components/status-tag';

const MyContractsDocument = graphql(`
  query VillagerMyContracts($year: Int) {
    myContracts(year: $year) {
      id
      year
      colour
      title
      status
      clauses
      itemCodes
      residentId
      householdCode
      signedOn
      witnessName
      terminatedOn
      terminationReason
    }
  }
`);

/** The adopted list's item names, so a contract's items read as words rather than codes. */
const ItemNamesDocument = graphql(`
  query VillagerContractItemNames($villageId: ID!, $year: Int) {
    villageScoringList(villageId: $villageId, year: $year) {
      id
      items {
        id
        code
        name
      }
    }
  }
`);

type MyContract = DocumentType<typeof MyContractsDocument>['myContracts'][number];

/** The colour is always named in words; the dot beside it only repeats it for those who see colour. */
const COLOURS: Record<string, { name: string; dot: string }> = {
  RED: { name: '红色·先锋契约', dot: '#c8102e' },
  YELLOW: { name: '黄色·模范契约', dot: '#d4a000' },
  BLUE: { name: '蓝色·自治契约', dot: '#1677ff' },
  GREEN: { name: '绿色·服务契约', dot: '#389e0d' },
  SILVER: { name: '银色·调解契约', dot: '#8c8c8c' },
};

const STATUS: Record<string, { text: string; color: string; icon: string }> = {
  DRAFT: { text: '待签订', color: 'warning', icon: '○' },
  SIGNED: { text: '已签订', color: 'success', icon: '✓' },
  TERMINATED: { text: '已解除', color: 'default', icon: '✗' },
};

/** 我的契约 on 我的: this year's contracts the resident signs, and their household's 蓝色契约. */
export function MyContractsCard() {
  const year = beijingYear();
  const village = useMyVillage();
  const [result, refetch] = useQuery({ query: MyContractsDocument, variables: { year } });
  // Only for the names: without an adopted list the codes are shown as they are.
  const [items] = useQuery({
    query: ItemNamesDocument,
    variables: { villageId: village?.id ?? '', year },
    pause: !village,
  });
  const names = new Map(items.data?.villageScoringList?.items.map((i) => [i.code, i.name]) ?? []);

  return (
    <Card title={`我的契约（${year} 年度）`} className="card-gap">
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到契约"
        isEmpty={(data) => data.myContracts.length === 0}
        empty={
          <EmptyState
            title="今年还没有您的契约"
            description="村里生成契约后会显示在这里；有疑问请询问村委会。"
          />
        }
      >
        {(data) => data.myContracts.map((c) => <ContractItem key={c.id} contract={c} names={names} />)}
      </QueryState>
    </Card>
  );
}

function ContractItem({ contract: c, names }: { contract: MyContract; names: Map<string, string> }) {
  const colour = COLOURS[c.colour] ?? { name: c.colour, dot: '#999' };
  return (
    <section className="contract-item" aria-label={`${colour.name}（${STATUS[c.status]?.text ?? c.status}）`}>
      <h3 style={{ margin: '8px 0 4px', fontSize: '1.1rem' }}>
        <span aria-hidden="true" style={{ color: colour.dot }}>
          ●{' '}
        </span>
        {colour.name}
      </h3>
      <div className="tag-row">
        <StatusTag status={STATUS[c.status]} />
      </div>
      <dl className="facts">
        <dt>名称</dt>
        <dd>{c.title}</dd>
        <dt>年度</dt>
        <dd>{c.year} 年</dd>
        <dt>签约方</dt>
        <dd>{c.residentId ? '本人' : `本户（${c.householdCode ?? '户号未登记'}）`}</dd>
        <dt>签订日期</dt>
        <dd>{c.signedOn ? formatDate(c.signedOn) : '尚未签订'}</dd>
        <dt>见证人</dt>
        <dd>{c.witnessName ?? '—'}</dd>
        {c.status === 'TERMINATED' && (
          <>
            <dt>解除日期</dt>
            <dd>{formatDate(c.terminatedOn)}</dd>
            <dt>解除原因</dt>
            <dd>{c.terminationReason ?? '—'}</dd>
          </>
        )}
        <dt>考评项目</dt>
        <dd>
          {c.itemCodes.length
            ? c.itemCodes.map((code) => (names.has(code) ? `${names.get(code)}（${code}）` : code)).join('、')
            : '未关联考评项目'}
        </dd>
      </dl>
      <Collapse>
        <Collapse.Panel key="clauses" title={`职责条款（${c.clauses.length} 条）`}>
          <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 1.8, color: 'var(--adm-color-text)' }}>
            {c.clauses.map((clause, i) => (
              <li key={i}>{clause}</li>
            ))}
          </ol>
        </Collapse.Panel>
      </Collapse>
    </section>
  );
}
