import { registerLabelledEnum } from '@village/platform-common';

/** What a notification is about; the inbox shows the Chinese label. */
export enum NotificationKind {
  DECLARATION_APPROVED = 'DECLARATION_APPROVED',
  DECLARATION_REJECTED = 'DECLARATION_REJECTED',
  /** Approved as corrected by the reviewer (修正后通过): what changed and why. */
  DECLARATION_AMENDED = 'DECLARATION_AMENDED',
  /** To the village's reviewers: a declaration or registration awaits review. */
  DECLARATION_PENDING = 'DECLARATION_PENDING',
  NOTICE_OPENED = 'NOTICE_OPENED',
  /** To the credit council: a resident objected to a posted line. */
  OBJECTION_RAISED = 'OBJECTION_RAISED',
  /** To the village and town admins: an objection's answer is past its deadline (once per objection). */
  OBJECTION_OVERDUE = 'OBJECTION_OVERDUE',
  OBJECTION_ANSWERED = 'OBJECTION_ANSWERED',
  GRADE_PUBLISHED = 'GRADE_PUBLISHED',
  GENERAL = 'GENERAL',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.DECLARATION_APPROVED]: '申报已通过',
  [NotificationKind.DECLARATION_REJECTED]: '申报被驳回',
  [NotificationKind.DECLARATION_AMENDED]: '申报经修正后通过',
  [NotificationKind.DECLARATION_PENDING]: '新申报待审核',
  [NotificationKind.NOTICE_OPENED]: '公示已开始',
  [NotificationKind.OBJECTION_RAISED]: '收到新异议',
  [NotificationKind.OBJECTION_OVERDUE]: '异议答复已逾期',
  [NotificationKind.OBJECTION_ANSWERED]: '异议已答复',
  [NotificationKind.GRADE_PUBLISHED]: '评定结果已公布',
  [NotificationKind.GENERAL]: '通知',
};

registerLabelledEnum(NotificationKind, 'NotificationKind', '消息类型', NOTIFICATION_KIND_LABELS);
