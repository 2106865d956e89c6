import { Table } from 'antd';
import { useQuery } from 'urql';
import { formatDate } from '@village/web';
import { ProblemAlert } from '../../components/form-modal';
import { applyApiError } from '../../components/api-form';
import { MentoringVisitsDocument, type AdminMentoringVisit } from './cases-documents';

/**
 * The visits recorded for one mentoring case, oldest first (the order they happened). Shown under the
 * case's row; remounted with a new key after a visit is recorded, so it asks the API again.
 */
export function MentoringVisitsList({ caseId, residentName }: { caseId: string; residentName: string }) {
  const [visits] = useQuery({
    query: MentoringVisitsDocument,
    variables: { caseId },
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <ProblemAlert problem={visits.error ? applyApiError(null, visits.error) : null} />
      <Table<AdminMentoringVisit>
        rowKey="id"
        size="small"
        aria-label={`${residentName}的走访记录`}
        loading={visits.fetching && !visits.data}
        dataSource={visits.data?.mentoringVisits ?? []}
        pagination={false}
        locale={{ emptyText: '还没有登记走访' }}
        columns={[
          { title: '走访日期', dataIndex: 'visitedOn', width: 120, render: formatDate },
          { title: '走访情况', dataIndex: 'note' },
          { title: '商定的改进事项', dataIndex: 'agreedImprovement' },
        ]}
      />
    </>
  );
}
