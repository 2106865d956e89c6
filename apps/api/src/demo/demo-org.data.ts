import { Role } from '@village/platform-common';

/**
 * The demo district of the source article: 文登区 (Wendeng, Weihai) with five of its towns and a few
 * villages each. Codes follow the shape of administrative division codes; they are illustrative.
 */
export const DEMO_DISTRICT = { code: '371003', name: '文登区' };

export const DEMO_TOWNS: { code: string; name: string; villages: { code: string; name: string }[] }[] = [
  {
    code: '371003104',
    name: '宋村镇',
    villages: [
      { code: '371003104201', name: '大泽头村' },
      { code: '371003104202', name: '宋村村' },
      { code: '371003104203', name: '西字城村' },
    ],
  },
  {
    code: '371003106',
    name: '高村镇',
    villages: [
      { code: '371003106201', name: '高村村' },
      { code: '371003106202', name: '慈口观村' },
    ],
  },
  {
    code: '371003108',
    name: '侯家镇',
    villages: [
      { code: '371003108201', name: '侯家村' },
      { code: '371003108202', name: '西涝台村' },
    ],
  },
  {
    code: '371003110',
    name: '大水泊镇',
    villages: [
      { code: '371003110201', name: '大水泊村' },
      { code: '371003110202', name: '口子李家村' },
    ],
  },
  {
    code: '371003112',
    name: '文登营镇',
    villages: [
      { code: '371003112201', name: '侯家庵村' },
      { code: '371003112202', name: '文登营村' },
    ],
  },
];

/** Demo logins; `unit` names the org unit the role is granted at. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; unit: string }[] = [
  { username: 'wendeng-admin', displayName: '文登区管理员', role: Role.DISTRICT_ADMIN, unit: '文登区' },
  { username: 'songcun-admin', displayName: '宋村镇管理员', role: Role.TOWN_ADMIN, unit: '宋村镇' },
  { username: 'dazetou-admin', displayName: '大泽头村管理员', role: Role.VILLAGE_ADMIN, unit: '大泽头村' },
  { username: 'houjiaan-admin', displayName: '侯家庵村管理员', role: Role.VILLAGE_ADMIN, unit: '侯家庵村' },
  {
    username: 'dazetou-council',
    displayName: '大泽头村信用议事会',
    role: Role.CREDIT_COUNCIL,
    unit: '大泽头村',
  },
  // A second reviewer, so a registration by one council member is reviewed by another (审核回避).
  {
    username: 'dazetou-council2',
    displayName: '大泽头村信用议事会（二）',
    role: Role.CREDIT_COUNCIL,
    unit: '大泽头村',
  },
  {
    username: 'houjiaan-council',
    displayName: '侯家庵村信用议事会',
    role: Role.CREDIT_COUNCIL,
    unit: '侯家庵村',
  },
  // The counters of the demo's shops (seed-demo-incentives.ts): reserve for a resident, confirm a pickup.
  {
    username: 'dazetou-clerk',
    displayName: '大泽头村信用超市店员',
    role: Role.STORE_CLERK,
    unit: '大泽头村',
  },
  {
    username: 'songcun-clerk',
    displayName: '宋村镇农机服务中心店员',
    role: Role.STORE_CLERK,
    unit: '宋村镇',
  },
  { username: 'dazetou-resident', displayName: '大泽头村村民', role: Role.RESIDENT, unit: '大泽头村' },
  // 侯家庵村's quarter left for a newcomer to walk (README, "try the cycle") needs a resident to object.
  { username: 'houjiaan-resident', displayName: '侯家庵村村民', role: Role.RESIDENT, unit: '侯家庵村' },
  { username: 'wendeng-auditor', displayName: '文登区审计员', role: Role.AUDITOR, unit: '文登区' },
];
