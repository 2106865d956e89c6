import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, Switch, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

export interface ImportReportData {
  dryRun: boolean;
  imported: number;
  householdsCreated: number;
  rows: { row: number; ok: boolean; errors: string[] }[];
}

/**
 * What the importer said about a file: a summary that says plainly whether anything was written,
 * and each row by its number in the spreadsheet (the header is row 1, as Excel shows it) with the
 * reasons a row was refused. The importer is all-or-nothing, so one bad row means nothing imported.
 */
export function ImportReportTable({ report }: { report: ImportReportData }) {
  const bad = report.rows.filter((r) => !r.ok);
  const [onlyBad, setOnlyBad] = useState(bad.length > 0);
  const rows = onlyBad ? bad : report.rows;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ImportSummary report={report} badCount={bad.length} />
      {bad.length > 0 && (
        <Space>
          <Switch checked={onlyBad} onChange={setOnlyBad} aria-label="只看有误的行" />
          <span>只看有误的行</span>
        </Space>
      )}
      <Table
        rowKey="row"
        size="small"
        aria-label="逐行检查结果"
        dataSource={rows}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 行`, showSizeChanger: false }}
        locale={{ emptyText: '文件中没有数据行' }}
        columns={[
          { title: '行号', dataIndex: 'row', width: 90, render: (n: number) => `第 ${n} 行` },
          {
            title: '结果',
            dataIndex: 'ok',
            width: 110,
            render: (ok: boolean) =>
              ok ? (
                <Tag color="green" icon={<CheckCircleOutlined />}>
                  无误
                </Tag>
              ) : (
                <Tag color="red" icon={<CloseCircleOutlined />}>
                  有误
                </Tag>
              ),
          },
          {
            title: '问题',
            dataIndex: 'errors',
            render: (errors: string[]) =>
              errors.length === 0 ? (
                '—'
              ) : (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </Space>
  );
}

function ImportSummary({ report, badCount }: { report: ImportReportData; badCount: number }) {
  const total = report.rows.length;
  if (badCount > 0) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={`共 ${total} 行，其中 ${badCount} 行有误：未导入任何村民`}
        description="导入要么全部成功、要么全部不导入。请按下表修改文件中标为“有误”的行，保存后重新选择文件并检查。"
      />
    );
  }
  if (report.dryRun) {
    return (
      <Alert
        type="success"
        showIcon
        title={`检查通过：共 ${total} 行，全部无误`}
        description={<Typography.Text>这只是检查，尚未导入。确认无误后点击“正式导入”。</Typography.Text>}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={`导入完成：已导入 ${report.imported} 名村民，新建 ${report.householdsCreated} 户`}
    />
  );
}
