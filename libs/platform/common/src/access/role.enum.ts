import { registerLabelledEnum } from '../graphql/labelled-enum';

/** Roles are assigned at an org unit and cover every unit below it. */
export enum Role {
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  TOWN_ADMIN = 'TOWN_ADMIN',
  VILLAGE_ADMIN = 'VILLAGE_ADMIN',
  CREDIT_COUNCIL = 'CREDIT_COUNCIL',
  SCORER = 'SCORER',
  GRID_LEADER = 'GRID_LEADER',
  RESIDENT = 'RESIDENT',
  AUDITOR = 'AUDITOR',
  /** A credit supermarket's or service centre's counter clerk, at the shop's village or town. */
  STORE_CLERK = 'STORE_CLERK',
  /** A member of the village affairs supervisory committee (村务监督委员会, 村民委员会组织法 §32). */
  SUPERVISOR = 'SUPERVISOR',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.DISTRICT_ADMIN]: '区级管理员',
  [Role.TOWN_ADMIN]: '镇级管理员',
  [Role.VILLAGE_ADMIN]: '村级管理员',
  [Role.CREDIT_COUNCIL]: '信用议事会成员',
  [Role.SCORER]: '评分员',
  [Role.GRID_LEADER]: '网格长',
  [Role.RESIDENT]: '村民',
  [Role.AUDITOR]: '审计员',
  [Role.STORE_CLERK]: '兑换点店员',
  [Role.SUPERVISOR]: '村务监督委员会成员',
};

registerLabelledEnum(Role, 'Role', '角色：在某一组织单元被授予，并覆盖其下级单元', ROLE_LABELS);
