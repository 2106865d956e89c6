import { registerEnumType } from '@nestjs/graphql';

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

registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description: '组织层级：区—镇—村',
  valuesMap: {
    DISTRICT: { description: '区' },
    TOWN: { description: '镇（街道）' },
    VILLAGE: { description: '村' },
  },
});
