import { registerLabelledEnum } from '@village/platform-common';

/** Where a nomination stands: the village nominates, the town approves or rejects, then publishes. */
export enum NominationStatus {
  NOMINATED = 'NOMINATED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
}

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  NOMINATED: '已推荐，待镇审批',
  APPROVED: '镇已同意，待公布',
  REJECTED: '镇未同意',
  PUBLISHED: '已公布',
};

registerLabelledEnum(NominationStatus, 'NominationStatus', '评先选优推荐的状态', NOMINATION_STATUS_LABELS);
