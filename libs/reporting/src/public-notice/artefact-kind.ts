import { registerLabelledEnum } from '@village/platform-common';
import { ArtefactKind } from './canonical-form';

export const ARTEFACT_KIND_LABELS: Record<ArtefactKind, string> = {
  TALLY_NOTICE: '积分公示',
  HONOUR_LIST: '荣誉榜',
  PAYOUT_PLAN: '资金发放方案',
};

registerLabelledEnum(ArtefactKind, 'ArtefactKind', '公开内容的种类', ARTEFACT_KIND_LABELS);
