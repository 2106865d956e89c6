import { Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fileToEvidence } from '@village/web';
import { applyApiError } from '../../components/api-form';
import { AddActivityPhotoDocument } from './activities-documents';

const MAX_PHOTOS = 3;

/**
 * 活动照片: up to three, uploaded by the organiser while the activity is open (scaled down on the way);
 * closing the activity attaches them as each participant's evidence.
 */
export function ActivityPhotos(props: {
  activityId: string;
  open: boolean;
  photos: { id: string; fileName: string }[];
  onChanged: () => void;
  onProblem: (problem: string | null) => void;
}) {
  const [adding, add] = useMutation(AddActivityPhotoDocument);
  const [busy, setBusy] = useState(false);
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text strong>活动照片（结束活动时作为各参与者登记的佐证）</Typography.Text>
      <Space wrap>
        {props.photos.length === 0 && <Typography.Text type="secondary">还没有照片</Typography.Text>}
        {props.photos.map((p) => (
          <Tag key={p.id}>{p.fileName}</Tag>
        ))}
      </Space>
      {props.open && props.photos.length < MAX_PHOTOS && (
        <label>
          <span style={{ marginRight: 8 }}>上传活动照片</span>
          <input
            type="file"
            accept="image/jpeg,image/png"
            aria-label="上传活动照片"
            disabled={busy || adding.fetching}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setBusy(true);
              try {
                const photo = await fileToEvidence(file);
                const r = await add({ input: { activityId: props.activityId, photo } });
                props.onProblem(applyApiError(null, r.error));
                props.onChanged();
              } finally {
                setBusy(false);
              }
            }}
          />
        </label>
      )}
    </Space>
  );
}
