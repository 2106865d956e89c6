import { useParams } from 'react-router';
import { DraftPreviewView } from './draft-preview-view';

/** The town's draft manual previewed over its villages (from the manual editor's 预览影响). */
export default function ManualPreviewPage() {
  const { id = '' } = useParams();
  return (
    <DraftPreviewView draft={{ manualId: id, backPath: `/town/manuals/${id}`, backTitle: '返回操作手册' }} />
  );
}
