import { Image } from 'antd-mobile';
import { useEvidenceObjectUrl, useSession } from '@village/web';

/** A declared photo, fetched with the resident's token (an <img src> cannot send it). */
export function EvidenceThumb({
  id,
  fileName,
  contentType,
}: {
  id: string;
  fileName: string;
  contentType: string;
}) {
  const { store } = useSession();
  const isImage = contentType.startsWith('image/');
  const { url, error } = useEvidenceObjectUrl(store, isImage ? id : null);
  if (!isImage) return <span>文件：{fileName}</span>;
  if (error)
    return (
      <span className="muted">
        {fileName}：{error}
      </span>
    );
  if (!url) return <span className="muted">正在加载照片…</span>;
  return <Image src={url} width={80} height={80} fit="cover" alt={`佐证照片 ${fileName}`} />;
}
