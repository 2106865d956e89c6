import { Card, Col, Progress, Row, Statistic, Tag } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@village/web/graphql';
import { QueryView } from '../../components/query-view';
import { COLOUR_LABELS, COLOUR_SIGNERS, COLOUR_TAGS } from './contract-labels';

const CoverageDocument = graphql(`
  query ContractsCoverage($villageId: ID!, $year: Int!) {
    contractCoverage(villageId: $villageId, year: $year) {
      colour
      eligible
      signed
      drafted
      terminated
      coverageRate
    }
  }
`);

/** 签约覆盖: for each colour, how many of those who should sign have signed this year. */
export function ContractCoverage({
  villageId,
  year,
  refreshKey,
}: {
  villageId: string;
  year: number;
  refreshKey: number;
}) {
  const [result, refetch] = useQuery({
    query: CoverageDocument,
    variables: { villageId, year },
  });
  // Coverage is not a contract, so the cache does not know a signing changed it: ask again.
  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {data.contractCoverage.map((c) => (
            <Col key={c.colour} xs={24} sm={12} lg={8} xl={4}>
              <Card size="small" title={<Tag color={COLOUR_TAGS[c.colour]}>{COLOUR_LABELS[c.colour]}</Tag>}>
                <Statistic
                  title={`签约率（应签 ${c.eligible} ${COLOUR_SIGNERS[c.colour] === '户' ? '户' : '人'}）`}
                  value={(c.coverageRate * 100).toFixed(1)}
                  suffix="%"
                />
                <Progress percent={Math.round(c.coverageRate * 1000) / 10} showInfo={false} size="small" />
                <div style={{ fontSize: 12, color: '#555' }}>
                  已签 {c.signed} · 待签 {c.drafted} · 已解除 {c.terminated}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </QueryView>
  );
}
