import { Breadcrumb, Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A record's page: the way back to its list above, then the page's sections stacked. */
export function DetailPage({
  listPath,
  listTitle,
  title,
  children,
}: {
  listPath: string;
  listTitle: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={listPath}>{listTitle}</Link> }, { title }]}
      />
      {children}
    </>
  );
}

/** The record's sections (cards), one under another across the full width. */
export function DetailSections({ children }: { children: ReactNode }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {children}
    </Space>
  );
}

/**
 * The first card of a record: its name as the heading with its status tags (words, not only
 * colour), actions on the right, and its particulars as `Descriptions.Item`s.
 */
export function SummaryCard({
  heading,
  tags,
  extra,
  children,
}: {
  heading: ReactNode;
  tags: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {heading}
          </Typography.Title>
          {tags}
        </Space>
      }
      extra={extra}
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        {children}
      </Descriptions>
    </Card>
  );
}
