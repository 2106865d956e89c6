import { Alert } from 'antd';
import type { CombinedError } from 'urql';
import { apiErrorMessage, apiFieldErrors } from '@village/web';

/**
 * Why the API refused to publish: each of its checks that failed (items, weights, score lines…), one
 * line each, so the user can fix them all before trying again.
 */
export function PublishProblems({
  error,
  title = '未能发布',
}: {
  error: CombinedError | null;
  title?: string;
}) {
  if (!error) return null;
  const problems = apiFieldErrors(error).flatMap((f) => f.reasons);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        problems.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          apiErrorMessage(error)
        )
      }
    />
  );
}
