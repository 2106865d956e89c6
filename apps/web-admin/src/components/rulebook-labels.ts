/**
 * Chinese names of the rulebook's enums (the schema's own descriptions), for tables, tags and selects
 * on the district and town screens.
 */
export const ITEM_CATEGORY_LABELS: Record<string, string> = {
  CIVIC_VIRTUE: '公民公德',
  CIVILISED_PRACTICE: '文明实践',
  CONTRIBUTION: '自身贡献',
  DUTIES: '履行义务',
  EXEMPLARY_ROLE: '发挥作用',
  PARTICIPATION: '参与管理',
  PUBLIC_WELFARE: '社会公益',
  RESPONSIBILITIES: '履行职责',
  RIGHTS: '行使权利',
};

export const SUBJECT_TYPE_LABELS: Record<string, string> = {
  VILLAGER: '村民',
  PARTY_MEMBER: '党员',
  REPRESENTATIVE: '村民代表',
  ELDER: '“五老”',
  VOLUNTEER: '志愿者',
  BRANCH_SECRETARY: '党支部书记',
  VILLAGE_DIRECTOR: '村委会主任',
  COMMITTEE_MEMBER: '村“两委”委员',
  INFO_COLLECTOR: '信息员',
};

/** Whom an item may score instead of the actor (the beneficiary is the actor's …). */
export const BENEFICIARY_RELATION_LABELS: Record<string, string> = {
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  OTHER: '其他亲属',
};

export const TRACK_LABELS: Record<string, string> = { CREDIT: '居民信用积分', ROLE_DUTY: '角色职责积分' };
export const DIRECTION_LABELS: Record<string, string> = { POSITIVE: '加分项', NEGATIVE: '扣分项' };
export const RULE_STATUS_LABELS: Record<string, string> = { DRAFT: '草稿', PUBLISHED: '已发布' };

export const CONTRACT_COLOUR_LABELS: Record<string, string> = {
  RED: '红色·先锋契约',
  YELLOW: '黄色·模范契约',
  BLUE: '蓝色·自治契约',
  GREEN: '绿色·服务契约',
  SILVER: '银色·调解契约',
};

export const ROLE_LABELS: Record<string, string> = {
  DISTRICT_ADMIN: '区级管理员',
  TOWN_ADMIN: '镇级管理员',
  VILLAGE_ADMIN: '村级管理员',
  CREDIT_COUNCIL: '信用议事会成员',
  SCORER: '评分员',
  GRID_LEADER: '网格长',
  AUDITOR: '审计员',
  RESIDENT: '村民',
  STORE_CLERK: '兑换点店员',
  SUPERVISOR: '村务监督委员会成员',
};

export const AUDIT_OUTCOME_LABELS: Record<string, string> = {
  SUCCESS: '成功',
  FAILURE: '失败',
  DENIED: '被拒绝',
};

export function optionsOf(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
