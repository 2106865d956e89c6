import { Permission as P } from './permission.enum';
import { ROLE_PERMISSIONS } from './role-permissions';
import { ROLE_LABELS, type Role } from './role.enum';

/** What each permission lets one do, in the words a refusal shows the user. */
export const PERMISSION_LABELS: Record<P, string> = {
  [P.SELF]: '查看本人账号',
  [P.ORG_READ]: '查看组织架构',
  [P.TOWN_CREATE]: '创建镇（街道）',
  [P.VILLAGE_CREATE]: '创建村',
  [P.ORG_UPDATE]: '修改组织单元',
  [P.USER_READ]: '查看账号',
  [P.USER_MANAGE]: '管理账号',
  [P.AUDIT_READ]: '查看审计日志',
  [P.RULEBOOK_READ]: '查看积分规则',
  [P.FRAMEWORK_MANAGE]: '管理区级积分框架',
  [P.MANUAL_MANAGE]: '管理镇级操作手册',
  [P.SCORING_LIST_MANAGE]: '管理村级积分清单',
  [P.SCORING_LIST_APPROVE]: '审批村级超限项目',
  [P.RESIDENT_READ]: '查看村民信息',
  [P.RESIDENT_MANAGE]: '管理村民信息',
  [P.CONTRACT_READ]: '查看契约',
  [P.CONTRACT_TEMPLATE_MANAGE]: '管理契约模板',
  [P.CONTRACT_MANAGE]: '管理契约',
  [P.GRID_READ]: '查看网格',
  [P.GRID_MANAGE]: '管理网格',
  [P.DECLARE]: '申报本人积分',
  [P.DECLARATION_REGISTER]: '登记积分事项',
  [P.DECLARATION_REVIEW]: '审核申报',
  [P.TALLY_MANAGE]: '核算与公示积分',
  [P.OBJECTION_RAISE]: '提出异议',
  [P.OBJECTION_ANSWER]: '答复异议',
  [P.APPRAISE]: '参加民主评议',
  [P.APPRAISAL_SAMPLE_REVIEW]: '审查民主评议',
  [P.REDEEM]: '兑换本人积分',
  [P.POINTS_READ]: '查看可兑换积分与兑换记录',
  [P.POINTS_POLICY_MANAGE]: '管理可兑换积分规则',
  [P.SHOP_MANAGE]: '管理兑换点与商品',
  [P.REDEMPTION_COUNTER]: '办理兑换（柜台）',
  [P.REDEMPTION_REFUND_APPROVE]: '复核兑换退回',
  [P.FUND_MANAGE]: '管理积分兑付方案',
  [P.HONOUR_MANAGE]: '管理荣誉类型',
  [P.HONOUR_NOMINATE]: '推荐评先选优',
  [P.HONOUR_APPROVE]: '审批并公布荣誉',
  [P.CASE_MANAGE]: '办理整改、补选与帮扶',
  [P.NOTICE_COUNTERSIGN]: '会签村务公开记录的检查点',
  [P.MEETING_MANAGE]: '组织会议与登记出勤',
  [P.OUTCOME_RECORD]: '登记工作成效',
  [P.FAIRNESS_READ]: '查看公平性分析',
  [P.ANOMALY_READ]: '查看异常提醒',
  [P.ANOMALY_REVIEW]: '查看并核实异常提醒',
};

/** The roles whose table row holds the permission, in the table's order. */
export function rolesWith(permission: P): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
    ROLE_PERMISSIONS[role].includes(permission),
  );
}

/**
 * The refusal of an operation the caller's roles do not allow, naming what it needs, e.g.
 * 没有执行此操作的权限：需要「审核申报」权限（信用议事会成员、评分员）. Any one of `required` suffices.
 */
export function permissionRefusal(required: readonly P[]): string {
  if (!required.length) return '没有执行此操作的权限';
  const labels = required.map((permission) => `「${PERMISSION_LABELS[permission] ?? permission}」`);
  const roles = [...new Set(required.flatMap(rolesWith))].map((role) => ROLE_LABELS[role]);
  return (
    `没有执行此操作的权限：需要${labels.join('或')}权限` + (roles.length ? `（${roles.join('、')}）` : '')
  );
}
