import { registerLabelledEnum } from '@village/platform-common';

export enum OrgLevel {
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  [OrgLevel.DISTRICT]: '区',
  [OrgLevel.TOWN]: '镇（街道）',
  [OrgLevel.VILLAGE]: '村',
};

registerLabelledEnum(OrgLevel, 'OrgLevel', '组织层级：区—镇—村', ORG_LEVEL_LABELS);
