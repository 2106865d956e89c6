import { registerEnumType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@village/platform-common';
import { ANOMALY_THRESHOLDS as T } from './anomaly-thresholds';

/** What an anomaly rule found (issue 14 item 9). Each rule is documented beside its SQL in rules/. */
export enum AnomalyKind {
  POINTS_SWING = 'POINTS_SWING',
  NIGHT_BULK = 'NIGHT_BULK',
  BULK_BY_ONE = 'BULK_BY_ONE',
  EVIDENCE_REUSED = 'EVIDENCE_REUSED',
  SELF_HOUSEHOLD_REVIEW = 'SELF_HOUSEHOLD_REVIEW',
}

export const ANOMALY_KIND_LABELS: Record<AnomalyKind, string> = {
  [AnomalyKind.POINTS_SWING]: '单月积分变动异常',
  [AnomalyKind.NIGHT_BULK]: '夜间集中登记',
  [AnomalyKind.BULK_BY_ONE]: '一人短时大量登记',
  [AnomalyKind.EVIDENCE_REUSED]: '佐证材料重复使用',
  [AnomalyKind.SELF_HOUSEHOLD_REVIEW]: '审核本户申报',
};

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Each rule with its threshold, as the schema and the screen state it. */
export const ANOMALY_KIND_RULES: Record<AnomalyKind, string> = {
  [AnomalyKind.POINTS_SWING]: `一位村民一个自然月内（按事项发生日期）已入账积分的净变动绝对值达到 ${T.monthlyNetPoints} 分（不计已冲正的记录）`,
  [AnomalyKind.NIGHT_BULK]: `同一账号一夜之间（北京时间 ${hh(T.nightStartsHour)} 至次日 ${hh(T.nightEndsHour)}）代为登记达到 ${T.nightRegistrations} 条`,
  [AnomalyKind.BULK_BY_ONE]: `同一账号任意 60 分钟内代为登记达到 ${T.hourlyRegistrations} 条`,
  [AnomalyKind.EVIDENCE_REUSED]: `同一份佐证文件（SHA-256 相同）用于本村 ${T.evidenceActs} 项及以上不同的申报（不同村民，或同一村民的不同事项、日期）`,
  [AnomalyKind.SELF_HOUSEHOLD_REVIEW]:
    '审核人（其账号关联的村民）通过或修正通过了本人或同户家庭成员的申报（按检测时的户籍）',
};

registerEnumType(AnomalyKind, {
  name: 'AnomalyKind',
  description: '异常提醒的规则；提醒只提示核实，系统不因此改动任何积分或申报',
  valuesMap: Object.fromEntries(
    Object.values(AnomalyKind).map((k) => [
      k,
      { description: `${ANOMALY_KIND_LABELS[k]}：${ANOMALY_KIND_RULES[k]}` },
    ]),
  ),
});

/** Who or what an alert is about. */
export enum AnomalySubjectKind {
  RESIDENT = 'RESIDENT',
  ACCOUNT = 'ACCOUNT',
  EVIDENCE = 'EVIDENCE',
}
registerLabelledEnum(AnomalySubjectKind, 'AnomalySubjectKind', '异常提醒的对象', {
  RESIDENT: '村民',
  ACCOUNT: '账号',
  EVIDENCE: '佐证文件',
});

/** How a cadre closed an alert. */
export enum AnomalyResolution {
  VERIFIED_OK = 'VERIFIED_OK',
  HANDLED = 'HANDLED',
}
export const ANOMALY_RESOLUTION_LABELS: Record<AnomalyResolution, string> = {
  VERIFIED_OK: '已核实，无问题',
  HANDLED: '已处理',
};
registerLabelledEnum(AnomalyResolution, 'AnomalyResolution', '异常提醒的核实结论', ANOMALY_RESOLUTION_LABELS);

/** An alert is open until its one resolution is recorded. */
export enum AnomalyAlertStatus {
  OPEN = 'OPEN',
  VERIFIED_OK = 'VERIFIED_OK',
  HANDLED = 'HANDLED',
}
registerLabelledEnum(AnomalyAlertStatus, 'AnomalyAlertStatus', '异常提醒的状态', {
  OPEN: '待核实',
  VERIFIED_OK: '已核实，无问题',
  HANDLED: '已处理',
});
