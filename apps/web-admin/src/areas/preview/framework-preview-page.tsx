import { useParams } from 'react-router';
import { DraftPreviewView } from './draft-preview-view';

/** The district's draft framework previewed over every village of its towns. */
export default function FrameworkPreviewPage() {
  const { id = '' } = useParams();
  return (
    <DraftPreviewView
      draft={{ frameworkId: id, backPath: `/district/frameworks/${id}`, backTitle: '返回评分框架' }}
    />
  );
}
