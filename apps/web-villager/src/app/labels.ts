/** Plain-Chinese names of the API's codes, as a villager reads them. */
export const TRACK_LABELS: Record<string, string> = {
  CREDIT: '居民信用积分',
  ROLE_DUTY: '角色职责积分',
};

export const DECLARATION_STATUS: Record<string, { text: string; color: string; icon: string }> = {
  PENDING: { text: '待审核', color: 'warning', icon: '○' },
  APPROVED: { text: '已通过', color: 'success', icon: '✓' },
  AMENDED: { text: '修正后通过', color: 'primary', icon: '✓' },
  REJECTED: { text: '已驳回', color: 'danger', icon: '✗' },
};

export const OBJECTION_STATUS: Record<string, { text: string; color: string; icon: string }> = {
  OPEN: { text: '待答复', color: 'warning', icon: '○' },
  UPHELD: { text: '异议成立', color: 'success', icon: '✓' },
  DISMISSED: { text: '异议不成立', color: 'default', icon: '✗' },
};

export const SUBJECT_LABELS: Record<string, string> = {
  VILLAGER: '村民',
  PARTY_MEMBER: '党员',
  REPRESENTATIVE: '村民代表',
  VOLUNTEER: '志愿者',
  ELDER: '“五老”',
};

export const PERIOD_STATUS: Record<string, string> = {
  OPEN: '登记中',
  CLOSED: '已结束登记',
  TALLIED: '已核算',
  NOTICE: '公示中',
  FINAL: '已定案',
};

export const GRADE_LABELS: Record<string, string> = {
  EXCELLENT: '优秀',
  QUALIFIED: '合格',
  BASIC: '基本合格',
  UNQUALIFIED: '不合格',
};

export const RANK_GROUP_LABELS: Record<string, string> = {
  KEY: '党员和村民代表',
  VILLAGER: '村民',
};
