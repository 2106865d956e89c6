import { Tag } from 'antd-mobile';

/** A status in words and a sign, never by colour alone. */
export function StatusTag({ status }: { status: { text: string; color: string; icon: string } | undefined }) {
  if (!status) return null;
  return (
    <Tag color={status.color} fill="outline" style={{ fontSize: '0.9rem', padding: '2px 6px' }}>
      <span aria-hidden="true">{status.icon} </span>
      {status.text}
    </Tag>
  );
}
