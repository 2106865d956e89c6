import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

/**
 * Offset paging for a list query (`limit`/`offset`, the API allows 1–100 per page) and the matching
 * antd table pagination. Changing a filter goes back to page one (`reset`).
 */
export function usePaging(pageSize = 20) {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(pageSize);
  return {
    variables: { limit: size, offset: (page - 1) * size },
    reset: () => setPage(1),
    pagination: (total: number): TablePaginationConfig => ({
      current: page,
      pageSize: size,
      total,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (count) => `共 ${count} 条`,
      onChange: (next, nextSize) => {
        setPage(nextSize !== size ? 1 : next);
        setSize(nextSize);
      },
    }),
  };
}
