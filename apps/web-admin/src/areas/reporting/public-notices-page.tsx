import { Button, Popover, QRCode, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, publicNoticePdfUrl, publicNoticeXlsxUrl, useSession } from '@village/web';
import { QueryView } from '../../components/query-view';
import { CountersignModal } from './countersign-modal';
import {
  ARTEFACT_KIND_LABELS,
  DigestCheckpointsDocument,
  PublishedArtefactsDocument,
  publicUrl,
} from './reporting-documents';

function Checkpoints({ districtId }: { districtId: string }) {
  const { can } = useSession();
  const [signing, setSigning] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: DigestCheckpointsDocument, variables: { districtId } });
  return (
    <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <>
          <Table
            rowKey="id"
            size="small"
            aria-label="签名检查点"
            title={() => '公开记录链的签名检查点（最近 20 个）'}
            pagination={false}
            dataSource={data.digestCheckpoints}
            columns={[
              { title: '覆盖条数', dataIndex: 'seq', width: 90 },
              {
                title: '根摘要',
                dataIndex: 'rootHash',
                render: (h: string) => (
                  <Typography.Text code copyable>
                    {h}
                  </Typography.Text>
                ),
              },
              { title: '签名时间', dataIndex: 'signedAt', render: (d: string) => formatDateTime(d) },
              {
                title: '会签',
                dataIndex: 'countersigns',
                render: (signs: { unitName: string; capacity: string; signerName: string }[], row) => (
                  <Space wrap>
                    {signs.map((s) => (
                      <Tag key={`${s.unitName}${s.signerName}`} color="green">
                        {s.unitName}（{s.capacity}）{s.signerName}
                      </Tag>
                    ))}
                    {can('NOTICE_COUNTERSIGN') && (
                      <Button size="small" onClick={() => setSigning(row.id)}>
                        会签
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <CountersignModal
            checkpointId={signing}
            onClose={(signed) => {
              setSigning(null);
              if (signed) refetch({ requestPolicy: 'network-only' });
            }}
          />
        </>
      )}
    </QueryView>
  );
}

/**
 * 村务公开: what has been posted in the viewer's area, each with its public address, the QR code and the
 * printable PDF (A4, A3) and XLSX to post on the bulletin board (anyone can open the address without an
 * account and check its digest), and
 * the district log's signed checkpoints, which the town and the supervisory committee countersign.
 */
export default function PublicNoticesPage() {
  const [result, refetch] = useQuery({ query: PublishedArtefactsDocument });
  const districtId = result.data?.publishedArtefacts[0]?.districtId ?? null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        村务公开
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        已公示的积分、荣誉榜与资金发放方案，每份都登记在本区的公开记录链中。下载打印版（PDF，A4 或长名单用
        A3）张贴即可：上面印有二维码、内容摘要和检查点，村民用手机扫码即可免登录查看并核对是否与系统一致；XLSX
        供村委会存档。
      </Typography.Paragraph>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="artefactId"
            aria-label="已公开的内容"
            dataSource={data.publishedArtefacts}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: '还没有已公示的内容' }}
            columns={[
              { title: '序号', dataIndex: 'seq', width: 70 },
              {
                title: '种类',
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => <Tag>{ARTEFACT_KIND_LABELS[k] ?? k}</Tag>,
              },
              { title: '内容', dataIndex: 'title' },
              { title: '摘要', dataIndex: 'digest', render: (d: string) => <code>{d.slice(0, 16)}…</code> },
              {
                title: '公开页面',
                key: 'link',
                render: (_: unknown, row) => (
                  <Space>
                    <a href={publicUrl(row.artefactId)} target="_blank" rel="noreferrer">
                      打开
                    </a>
                    <Popover content={<QRCode value={publicUrl(row.artefactId, row.digest)} size={200} />}>
                      <Button size="small" aria-label={`二维码：${row.title}`}>
                        二维码
                      </Button>
                    </Popover>
                  </Space>
                ),
              },
              {
                title: '下载',
                key: 'download',
                render: (_: unknown, row) => (
                  <Space size="small" wrap aria-label={`下载：${row.title}`}>
                    <a href={publicNoticePdfUrl(row.artefactId, 'A4')} download>
                      下载 PDF（A4）
                    </a>
                    <a href={publicNoticePdfUrl(row.artefactId, 'A3')} download>
                      PDF（A3）
                    </a>
                    <a href={publicNoticeXlsxUrl(row.artefactId)} download>
                      XLSX
                    </a>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      {districtId && <Checkpoints districtId={districtId} />}
    </Space>
  );
}
