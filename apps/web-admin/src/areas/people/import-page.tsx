import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { apiErrorMessage, fileToEvidence } from '@village/web';
import { graphql } from '@village/web/graphql';
import { ImportReportTable, type ImportReportData } from './import-report-table';
import { VillageScoped } from './village-scope';

const ImportResidentsDocument = graphql(`
  mutation PeopleImportResidents($input: ImportResidentsInput!) {
    importResidents(input: $input) {
      dryRun
      imported
      householdsCreated
      rows {
        row
        ok
        errors
      }
    }
  }
`);

const TEMPLATE_HEADER = '姓名,性别,出生日期,身份证号,联系电话,户号,是否户主,网格,身份,入党日期';
const TEMPLATE_EXAMPLE = '张三,男,1966-05-07,（18 位身份证号）,13800000000,DZT001,是,G1,党员,1990-07-01';

/** A CSV template with the importer's headers, made in the browser (nothing is fetched). */
function downloadTemplate() {
  const blob = new Blob([`\uFEFF${TEMPLATE_HEADER}\r\n${TEMPLATE_EXAMPLE}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: '村民导入模板.csv' });
  link.click();
  URL.revokeObjectURL(url);
}

interface ChosenFile {
  name: string;
  format: 'CSV' | 'XLSX';
  contentBase64: string;
}

function ImportFlow({ villageId }: { villageId: string }) {
  const { modal } = App.useApp();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [requestProblem, setRequestProblem] = useState<string | null>(null);
  const [state, importResidents] = useMutation(ImportResidentsDocument);

  async function choose(raw: File) {
    setReport(null);
    setRequestProblem(null);
    const format = /\.xlsx$/i.test(raw.name) ? 'XLSX' : /\.csv$/i.test(raw.name) ? 'CSV' : null;
    if (!format) {
      setFile(null);
      setFileProblem('只能导入 .xlsx 或 .csv 文件');
      return;
    }
    setFileProblem(null);
    const { contentBase64 } = await fileToEvidence(raw, { compress: false });
    setFile({ name: raw.name, format, contentBase64 });
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setRequestProblem(null);
    const result = await importResidents({
      input: { villageId, format: file.format, contentBase64: file.contentBase64, dryRun },
    });
    if (result.error || !result.data) {
      setRequestProblem(apiErrorMessage(result.error));
      return;
    }
    setReport(result.data.importResidents);
  }

  async function importForReal() {
    const count = report?.rows.length ?? 0;
    const ok = await new Promise<boolean>((resolve) =>
      modal.confirm({
        title: '正式导入',
        content: `将把 ${count} 名村民登记到本村，并按户号自动建户。确定导入吗？`,
        okText: '导入',
        cancelText: '取消',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );
    if (ok) await run(false);
  }

  const checkedClean = report?.dryRun && report.rows.every((r) => r.ok);
  const done = report && !report.dryRun && report.imported > 0;
  const step = done ? 3 : checkedClean ? 2 : file ? 1 : 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Steps
        current={step}
        items={[{ title: '选择文件' }, { title: '检查（试导入）' }, { title: '正式导入' }, { title: '完成' }]}
      />
      <Card>
        <Typography.Paragraph>
          表头须包含：姓名、性别、出生日期、身份证号（必填），以及联系电话、户号、是否户主、网格（网格编码）、身份（党员、预备党员、村民代表、志愿者、五老，多个用顿号分隔）；可选“入党日期”等身份起始日期列。
          <Button type="link" icon={<DownloadOutlined />} onClick={downloadTemplate}>
            下载模板（CSV）
          </Button>
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(raw) => {
            void choose(raw);
            return false; // read in the browser; nothing is uploaded until the check
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{file ? `已选择：${file.name}（点击或拖入以更换）` : '点击或拖入 Excel（.xlsx）或 CSV 文件'}</p>
          <p style={{ color: '#666' }}>不超过 2.24 MB、50000 行；Excel 只读取第一个工作表</p>
        </Upload.Dragger>
        {fileProblem && (
          <Alert type="error" showIcon role="alert" title={fileProblem} style={{ marginTop: 16 }} />
        )}
        <Space style={{ marginTop: 16 }}>
          <Button
            type={checkedClean ? 'default' : 'primary'}
            disabled={!file}
            loading={state.fetching && !checkedClean}
            onClick={() => run(true)}
          >
            检查文件（不导入）
          </Button>
          <Button
            type="primary"
            disabled={!checkedClean || Boolean(done)}
            loading={state.fetching && Boolean(checkedClean)}
            onClick={importForReal}
          >
            正式导入
          </Button>
          {done && <Link to="/people/residents">查看村民名册</Link>}
        </Space>
      </Card>
      {requestProblem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="导入失败，未导入任何村民"
          description={requestProblem}
        />
      )}
      {report && <ImportReportTable key={`${report.dryRun}-${file?.name}`} report={report} />}
    </Space>
  );
}

/** 批量导入村民: a file is checked first (dry run) and imported only when every row is right. */
export default function ImportPage() {
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/people/residents">村民名册</Link> }, { title: '批量导入' }]}
      />
      <VillageScoped title="批量导入村民">
        {(villageId) => <ImportFlow villageId={villageId} />}
      </VillageScoped>
    </>
  );
}
