import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, FileOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useEvidenceObjectUrl, useSession } from '@village/web';

export interface EvidenceFileRef {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A photo fetched with the token (an <img src> cannot send it), as a small picture to click. */
function EvidenceThumbnail({ file, onOpen }: { file: EvidenceFileRef; onOpen(): void }) {
  const { store } = useSession();
  const isImage = file.contentType.startsWith('image/');
  const { url, error } = useEvidenceObjectUrl(store, isImage ? file.id : null);
  const label = `查看佐证：${file.fileName}（${sizeText(file.sizeBytes)}）`;
  return (
    <Button
      onClick={onOpen}
      aria-label={label}
      title={label}
      style={{
        width: 96,
        height: 96,
        padding: 4,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      {!isImage ? (
        <Space direction="vertical" size={0} align="center">
          {file.contentType === 'application/pdf' ? (
            <FilePdfOutlined style={{ fontSize: 32 }} />
          ) : (
            <FileOutlined style={{ fontSize: 32 }} />
          )}
          <Typography.Text style={{ fontSize: 12 }}>
            {file.contentType === 'application/pdf' ? 'PDF' : '文件'}
          </Typography.Text>
        </Space>
      ) : url ? (
        <img src={url} alt={file.fileName} style={{ maxWidth: 86, maxHeight: 86, objectFit: 'cover' }} />
      ) : error ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      ) : (
        <Spin size="small" />
      )}
    </Button>
  );
}

/** The large view of one photo; a PDF or another file opens in a new tab from a blob URL. */
function EvidencePreview({ file, onClose }: { file: EvidenceFileRef; onClose(): void }) {
  const { store } = useSession();
  const { url, error } = useEvidenceObjectUrl(store, file.id);
  const isImage = file.contentType.startsWith('image/');
  return (
    <Modal open title={`佐证：${file.fileName}`} onCancel={onClose} footer={null} width={860} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} />}
      {!url && !error && <Spin />}
      {url && isImage && (
        <img
          src={url}
          alt={`佐证照片 ${file.fileName}`}
          data-testid="evidence-preview-image"
          style={{
            maxWidth: '100%',
            maxHeight: '70vh',
            display: 'block',
            margin: '0 auto',
            imageRendering: 'auto',
          }}
        />
      )}
      {url && !isImage && (
        <Typography.Paragraph>
          此文件不能在这里显示。
          <a href={url} target="_blank" rel="noreferrer">
            在新标签页打开 {file.fileName}
          </a>
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {file.contentType} · {sizeText(file.sizeBytes)}
      </Typography.Paragraph>
    </Modal>
  );
}

/**
 * The evidence of a declaration: thumbnails, and a preview on click. `onPreviewChange` tells the
 * queue when the preview is open, so its shortcuts pause while the dialog owns the keyboard.
 */
export function EvidenceThumbnails({
  files,
  onPreviewChange,
}: {
  files: EvidenceFileRef[];
  onPreviewChange?(open: boolean): void;
}) {
  const [open, setOpen] = useState<EvidenceFileRef | null>(null);
  if (files.length === 0) return <Typography.Text type="secondary">无佐证材料</Typography.Text>;
  const show = (file: EvidenceFileRef | null) => {
    setOpen(file);
    onPreviewChange?.(file !== null);
  };
  return (
    <>
      <Space wrap>
        {files.map((f) => (
          <EvidenceThumbnail key={f.id} file={f} onOpen={() => show(f)} />
        ))}
      </Space>
      {open && <EvidencePreview file={open} onClose={() => show(null)} />}
    </>
  );
}
