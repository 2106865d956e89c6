import { Button } from 'antd-mobile';
import { useState } from 'react';

/** Long lists show a page at a time on a phone; "显示更多" adds the next page. */
export function useShowMore<T>(items: readonly T[], pageSize = 20) {
  const [shown, setShown] = useState(pageSize);
  const more =
    items.length > shown ? (
      <Button block className="tap" fill="outline" onClick={() => setShown((n) => n + pageSize)}>
        显示更多（还有 {items.length - shown} 条）
      </Button>
    ) : null;
  return { visible: items.slice(0, shown), more };
}
