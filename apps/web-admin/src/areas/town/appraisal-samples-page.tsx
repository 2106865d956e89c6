import { Alert, App, Button, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, beijingToday, formatDateTime } from '@village/web';
import { graphql } from '@village/web/graphql';
import { useMyUnits } from '../../components/my-units';
import { confirmIrreversible } from '../../components/confirm-irreversible';
import { QueryView } from '../../components/query-view';
import { SUBJECT_TYPE_LABELS } from '../../components/rulebook-labels';
import { SampleFindingModal, type SampleRow } from './sample-finding-modal';
import { useVillageOptions } from './town-villages';

const AppraisalSampleQuery = graphql(`
  query TownAppraisalSample($villageId: ID!, $year: Int!) {
    appraisalSample(villageId: $villageId, year: $year) {
      id
      position
      residentName
      subjectTypes
      sampleSize
      drawnAt
      finding
      findingAt
      findingNote
    }
  }
`);

const DrawAppraisalSampleMutation = graphql(`
  mutation TownDrawAppraisalSample($villageId: ID!, $year: Int!, $size: Int!) {
    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {
      id
    }
  }
`);

const thisYear = Number(beijingToday().slice(0, 4));

/** The town's review of a village's year-end appraisal (上级审查): draw the sample, record a finding for each. */
export default function AppraisalSamplesPage() {
  const town = useMyUnits('TOWN')[0];
  const villages = useVillageOptions(town?.id);
  const [villageId, setVillageId] = useState<string | undefined>(undefined);
  const [year, setYear] = useState(thisYear);
  const [size, setSize] = useState<number | null>(5);
  const [drawError, setDrawError] = useState<string | null>(null);
  const [recording, setRecording] = useState<SampleRow | null>(null);
  const [result, refetch] = useQuery({
    query: AppraisalSampleQuery,
    variables: { villageId: villageId ?? '', year },
    pause: !villageId,
  });
  const [drawn, draw] = useMutation(DrawAppraisalSampleMutation);
  const { modal } = App.useApp();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const villageName = villages.options.find((v) => v.value === villageId)?.label ?? '';

  // The draw is kept for good (a later draw returns the same people), so it is confirmed first.
  async function drawNow(id: string, count: number) {
    const ok = await confirmIrreversible(modal, {
      title: `抽取${villageName} ${year} 年度的 ${count} 名审查对象？`,
      consequence: '抽取结果将永久保留，之后不能以其他人数重新抽取。',
      okText: '确认抽取',
    });
    if (!ok) return;
    const outcome = await draw({ villageId: id, year, size: count });
    setDrawError(apiErrorMessage(outcome.error));
    if (!outcome.error) reload();
  }

  return (
    <>
      <Typography.Title level={3}>民主评议抽查</Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>村</span>
        <Select
          aria-label="村"
          style={{ width: 200 }}
          placeholder="选择村"
          loading={villages.loading}
          options={villages.options}
          value={villageId}
          onChange={(v) => {
            setVillageId(v);
            setDrawError(null);
          }}
        />
        <span>年度</span>
        <Select
          aria-label="年度"
          style={{ width: 120 }}
          value={year}
          onChange={(v) => {
            setYear(v);
            setDrawError(null);
          }}
          options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({ value: y, label: `${y} 年` }))}
        />
      </Space>
      {!villageId ? (
        <Typography.Paragraph type="secondary">请选择一个村和年度。</Typography.Paragraph>
      ) : (
        <QueryView result={result} retry={reload}>
          {({ appraisalSample }) =>
            appraisalSample.length === 0 ? (
              <Space direction="vertical">
                <Typography.Paragraph>
                  尚未抽取。将从该村该年度的党员和村民代表中抽取审查对象（按村和年度确定，抽取后不能以其他人数重抽）。
                </Typography.Paragraph>
                {drawError && <Alert type="error" showIcon role="alert" title={drawError} />}
                <Space>
                  <span>抽查人数</span>
                  <InputNumber
                    aria-label="抽查人数"
                    min={1}
                    max={50}
                    precision={0}
                    value={size}
                    onChange={setSize}
                  />
                  <Button
                    type="primary"
                    loading={drawn.fetching}
                    disabled={!size}
                    onClick={() => drawNow(villageId, size ?? 1)}
                  >
                    抽取…
                  </Button>
                </Space>
              </Space>
            ) : (
              <Table<SampleRow>
                rowKey="id"
                dataSource={appraisalSample}
                pagination={false}
                columns={[
                  { title: '序号', dataIndex: 'position', width: 70 },
                  { title: '姓名', dataIndex: 'residentName' },
                  {
                    title: '身份',
                    dataIndex: 'subjectTypes',
                    render: (v: string[]) => v.map((s) => SUBJECT_TYPE_LABELS[s] ?? s).join('、'),
                  },
                  { title: '抽取时间', dataIndex: 'drawnAt', render: (v: string) => formatDateTime(v) },
                  {
                    title: '审查结论',
                    dataIndex: 'finding',
                    render: (v: string | null, row) =>
                      v === 'CONFIRMED' ? (
                        <Tag color="green">审查无误</Tag>
                      ) : v === 'QUESTIONED' ? (
                        <Space direction="vertical" size={0}>
                          <Tag color="orange">存在疑问</Tag>
                          <Typography.Text type="secondary">{row.findingNote}</Typography.Text>
                        </Space>
                      ) : (
                        <Tag>尚未审查</Tag>
                      ),
                  },
                  {
                    title: '操作',
                    key: 'actions',
                    render: (_, row) =>
                      !row.finding && (
                        <Button size="small" onClick={() => setRecording(row)}>
                          记录结论
                        </Button>
                      ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      )}
      <SampleFindingModal
        sample={recording}
        onClose={(saved) => {
          setRecording(null);
          if (saved) reload();
        }}
      />
    </>
  );
}
