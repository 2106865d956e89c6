import { Table, type TableColumnsType } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import type { usePaging } from './paging';
import { QueryView } from './query-view';

/**
 * One page of a list query (`{ total, items }`) as a small table: loading, failure and an empty
 * list said in words come from QueryView, the pager from usePaging.
 */
export function PagedQueryTable<Data, Row extends { id: string }>({
  result,
  retry,
  page,
  empty,
  paging,
  columns,
}: {
  result: ComponentProps<typeof QueryView<Data>>['result'];
  retry: () => void;
  /** Where the page sits in the query's data. */
  page: (data: Data) => { total: number; items: Row[] };
  empty: ReactNode;
  paging: ReturnType<typeof usePaging>;
  columns: TableColumnsType<Row>;
}) {
  return (
    <QueryView result={result} retry={retry} isEmpty={(d) => page(d).total === 0} empty={empty}>
      {(d) => (
        <Table<Row>
          size="small"
          rowKey="id"
          dataSource={page(d).items}
          pagination={paging.pagination(page(d).total)}
          columns={columns}
        />
      )}
    </QueryView>
  );
}
