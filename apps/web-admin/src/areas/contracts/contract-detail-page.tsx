import { Card, Descriptions, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime } from '@village/web';
import { graphql } from '@village/web/graphql';
import { DetailPage, DetailSections, SummaryCard } from '../../components/detail-page';
import { QueryView } from '../../components/query-view';
import {
  COLOUR_LABELS,
  COLOUR_TAGS,
  EVENT_LABELS,
  STATUS_LABELS,
  STATUS_TAGS,
  type ContractStatusValue,
} from './contract-labels';

const ContractDetailDocument = graphql(`
  query ContractsDetail($id: ID!) {
    contract(id: $id) {
      id
      title
      colour
      status
      year
      clauses
      itemCodes
      residentId
      residentName
      householdCode
      templateVersion
      signedOn
      witnessName
      terminatedOn
      terminationReason
      createdAt
      history {
        id
        kind
        fromStatus
        toStatus
        effectiveOn
        createdAt
      }
    }
  }
`);

const statusTag = (s: ContractStatusValue | null) =>
  s ? <Tag color={STATUS_TAGS[s]}>{STATUS_LABELS[s]}</Tag> : '—';

/** One contract: who signed it, its duties (clauses) and items, and each change of its state. */
export default function ContractDetailPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ContractDetailDocument, variables: { id } });
  return (
    <DetailPage listPath="/contracts" listTitle="契约签订" title="契约详情">
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ contract: c }) => (
          <DetailSections>
            <SummaryCard
              heading={c.title}
              tags={
                <>
                  <Tag color={COLOUR_TAGS[c.colour]}>{COLOUR_LABELS[c.colour]}</Tag>
                  {statusTag(c.status)}
                </>
              }
            >
              <Descriptions.Item label="年度">{c.year}</Descriptions.Item>
              <Descriptions.Item label="签约人">
                {c.residentId ? (
                  <Link to={`/people/residents/${c.residentId}`}>{c.residentName}</Link>
                ) : (
                  `户 ${c.householdCode ?? '—'}`
                )}
              </Descriptions.Item>
              <Descriptions.Item label="签订日期">{formatDate(c.signedOn)}</Descriptions.Item>
              <Descriptions.Item label="见证人">{c.witnessName ?? '—'}</Descriptions.Item>
              {c.status === 'TERMINATED' && (
                <>
                  <Descriptions.Item label="解除日期">{formatDate(c.terminatedOn)}</Descriptions.Item>
                  <Descriptions.Item label="解除原因">{c.terminationReason ?? '—'}</Descriptions.Item>
                </>
              )}
              <Descriptions.Item label="模板版本">第 {c.templateVersion} 版</Descriptions.Item>
              <Descriptions.Item label="生成时间">{formatDateTime(c.createdAt)}</Descriptions.Item>
            </SummaryCard>
            <Card title="职责条款">
              <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 2 }}>
                {c.clauses.map((clause, i) => (
                  <li key={i}>{clause}</li>
                ))}
              </ol>
            </Card>
            <Card title="关联的考评项目">
              {c.itemCodes.length
                ? c.itemCodes.map((code) => <Tag key={code}>{code}</Tag>)
                : '未关联考评项目'}
            </Card>
            <Card title="状态变化记录">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.history}
                locale={{ emptyText: '暂无记录' }}
                columns={[
                  { title: '记录时间', dataIndex: 'createdAt', render: formatDateTime },
                  {
                    title: '事项',
                    dataIndex: 'kind',
                    render: (k: keyof typeof EVENT_LABELS) => EVENT_LABELS[k],
                  },
                  { title: '原状态', dataIndex: 'fromStatus', render: statusTag },
                  { title: '新状态', dataIndex: 'toStatus', render: statusTag },
                  {
                    title: '生效日期',
                    dataIndex: 'effectiveOn',
                    render: (v: string | null) => formatDate(v),
                  },
                ]}
              />
            </Card>
          </DetailSections>
        )}
      </QueryView>
    </DetailPage>
  );
}
