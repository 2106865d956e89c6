import { Card, Table } from 'antd';
import { useQuery } from 'urql';
import { ProblemAlert } from '../../components/form-modal';
import { applyApiError } from '../../components/api-form';
import { ResidentHonoursDocument } from './honours-documents';

/** The honours a resident has been given (published on a town's honour list), newest year first. */
export function ResidentHonoursCard({ residentId }: { residentId: string }) {
  const [honours] = useQuery({ query: ResidentHonoursDocument, variables: { residentId } });
  return (
    <Card title="所获荣誉">
      <ProblemAlert problem={honours.error ? applyApiError(null, honours.error) : null} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={honours.fetching}
        dataSource={honours.data?.residentHonours ?? []}
        locale={{ emptyText: '尚未获得荣誉' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 100 },
          { title: '荣誉', dataIndex: 'honourName' },
          { title: '推荐理由', dataIndex: 'reason' },
          { title: '镇审批意见', dataIndex: 'decisionReason', render: (r: string | null) => r ?? '' },
        ]}
      />
    </Card>
  );
}
