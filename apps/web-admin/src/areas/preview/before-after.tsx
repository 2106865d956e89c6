import { Typography } from 'antd';

/**
 * A figure as it stands and under the draft. Unchanged: the value once. Changed: the current value
 * struck through, an arrow, the draft's value marked — not colour alone — and read out in words.
 */
export function BeforeAfter({ before, after }: { before: string; after: string }) {
  if (before === after) return <span>{after}</span>;
  return (
    <span aria-label={`现行 ${before}，按草稿 ${after}`}>
      <Typography.Text delete type="secondary">
        {before}
      </Typography.Text>
      <span aria-hidden="true"> → </span>
      <Typography.Text strong mark>
        {after}
      </Typography.Text>
    </span>
  );
}
