import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { apiErrorMessage } from '@village/web';

interface QueryLike<T> {
  data?: T;
  fetching: boolean;
  error?: CombinedError;
}

/**
 * The three states every screen has besides its content: loading (a skeleton, not a blank page),
 * failed (the API's message and a retry), and empty (said in words, with what to do next).
 */
export function QueryView<T>({
  result,
  retry,
  isEmpty,
  empty,
  children,
}: {
  result: QueryLike<T>;
  retry?: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (result.error && !result.data) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        message="加载失败"
        description={apiErrorMessage(result.error)}
        action={retry && <Button onClick={retry}>重试</Button>}
      />
    );
  }
  if (!result.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (isEmpty?.(result.data)) return <Empty description={empty ?? '暂无数据'} />;
  return <>{children(result.data)}</>;
}
