import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { apiErrorMessage } from '@village/web';

export function Loading({ text = '正在加载' }: { text?: string }) {
  return (
    <div role="status" style={{ padding: 48, textAlign: 'center', fontSize: '1.2rem' }}>
      {text} <DotLoading />
    </div>
  );
}

/** A refusal or a network failure in plain words, with a way to try again. */
export function ErrorState({
  error,
  title = '暂时打不开',
  retry,
}: {
  error: CombinedError | undefined;
  title?: string;
  retry?: () => void;
}) {
  return (
    <div role="alert">
      <ErrorBlock status="default" title={title} description={apiErrorMessage(error) ?? '请稍后再试'}>
        {retry && (
          <Button className="tap" color="primary" fill="outline" onClick={retry}>
            重新加载
          </Button>
        )}
      </ErrorBlock>
    </div>
  );
}

export function EmptyState({ title, description }: { title: string; description?: ReactNode }) {
  return <ErrorBlock status="empty" title={title} description={description ?? ''} />;
}

/**
 * The three states of every list on the phone: loading (first time only — a refresh keeps what is
 * shown), the API's refusal or a network failure, and nothing to show.
 */
export function QueryState<T>({
  result,
  retry,
  errorTitle,
  isEmpty,
  empty,
  children,
}: {
  result: { data?: T; error?: CombinedError; fetching: boolean };
  retry?: () => void;
  errorTitle?: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (result.error && !result.data)
    return <ErrorState error={result.error} title={errorTitle} retry={retry} />;
  if (!result.data) return <Loading />;
  if (isEmpty?.(result.data)) return <>{empty}</>;
  return <>{children(result.data)}</>;
}
