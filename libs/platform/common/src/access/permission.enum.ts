import { registerEnumType } from '@nestjs/graphql';

/** What an operation needs. Every query and mutation names one (see @Allow); roles map to sets of these. */
export enum Permission {
  /** Any signed-in user: read their own account. */
  SELF = 'SELF',
  ORG_READ = 'ORG_READ',
  TOWN_CREATE = 'TOWN_CREATE',
  VILLAGE_CREATE = 'VILLAGE_CREATE',
  ORG_UPDATE = 'ORG_UPDATE',
  USER_READ = 'USER_READ',
  USER_MANAGE = 'USER_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  /** Read the published framework, manuals and scoring lists that apply to one's units. */
  RULEBOOK_READ = 'RULEBOOK_READ',
  FRAMEWORK_MANAGE = 'FRAMEWORK_MANAGE',
  MANUAL_MANAGE = 'MANUAL_MANAGE',
  SCORING_LIST_MANAGE = 'SCORING_LIST_MANAGE',
  /** Town approval of village items above the manual's cap. */
  SCORING_LIST_APPROVE = 'SCORING_LIST_APPROVE',
  RESIDENT_READ = 'RESIDENT_READ',
  RESIDENT_MANAGE = 'RESIDENT_MANAGE',
  CONTRACT_READ = 'CONTRACT_READ',
  CONTRACT_TEMPLATE_MANAGE = 'CONTRACT_TEMPLATE_MANAGE',
  CONTRACT_MANAGE = 'CONTRACT_MANAGE',
  GRID_READ = 'GRID_READ',
  GRID_MANAGE = 'GRID_MANAGE',
  /** Declare one's own acts (every role, residents included). */
  DECLARE = 'DECLARE',
  /** Register acts (negative ones included) for residents in scope. */
  DECLARATION_REGISTER = 'DECLARATION_REGISTER',
  /** Approve or reject declarations in scope. */
  DECLARATION_REVIEW = 'DECLARATION_REVIEW',
  /** Tally a quarter or the year, post it for public notice, make it final (credit council). */
  TALLY_MANAGE = 'TALLY_MANAGE',
  /** Object to a line of a posted tally (residents of that village). */
  OBJECTION_RAISE = 'OBJECTION_RAISE',
  /** Answer objections: uphold with a correction, or dismiss with a reason. */
  OBJECTION_ANSWER = 'OBJECTION_ANSWER',
  /** Rate one's village's party members and representatives at year end (民主评议), as the linked resident. */
  APPRAISE = 'APPRAISE',
  /** Town review of a village's year-end appraisal: draw the sample, record findings (上级审查). */
  APPRAISAL_SAMPLE_REVIEW = 'APPRAISAL_SAMPLE_REVIEW',
  /** Redeem one's own redeemable points in the shops that serve one's village (the linked resident). */
  REDEEM = 'REDEEM',
  /** Read residents' redeemable points, redemptions and the fund's figures in scope. */
  POINTS_READ = 'POINTS_READ',
  /** Set how redeemable points are earned and when they expire (district, or a town's own). */
  POINTS_POLICY_MANAGE = 'POINTS_POLICY_MANAGE',
  /** Open shops, list goods and services, receive and adjust stock. */
  SHOP_MANAGE = 'SHOP_MANAGE',
  /** Work a shop's counter: confirm pickups by code, cancel, redeem for a resident, ask for a refund. */
  REDEMPTION_COUNTER = 'REDEMPTION_COUNTER',
  /** Second signature on a refund after pickup (another cadre than the clerk who asked). */
  REDEMPTION_REFUND_APPROVE = 'REDEMPTION_REFUND_APPROVE',
  /** Draft, vote and post a period's payout plan (the fund, DOMAIN.md §10). */
  FUND_MANAGE = 'FUND_MANAGE',
  /** Define honour types and their eligibility (district). */
  HONOUR_MANAGE = 'HONOUR_MANAGE',
  /** Nominate residents for honours (village). */
  HONOUR_NOMINATE = 'HONOUR_NOMINATE',
  /** Approve nominations and publish honour lists (town). */
  HONOUR_APPROVE = 'HONOUR_APPROVE',
  /** Work the negative-constraint cases: rectification, by-elections, handling records, mentoring. */
  CASE_MANAGE = 'CASE_MANAGE',
  /** Countersign a checkpoint of the district's log of published digests (town, supervisory committee). */
  NOTICE_COUNTERSIGN = 'NOTICE_COUNTERSIGN',
  /** Hold meetings and record attendance (三会一课, representative meetings, assemblies). */
  MEETING_MANAGE = 'MEETING_MANAGE',
  /**
   * Read a village's fairness view (deductions by grid, gender, age band, and reviewers by name): the
   * cadres, the auditor and the supervisory committee — not residents, whose dashboard is figures only.
   */
  FAIRNESS_READ = 'FAIRNESS_READ',
  /** Enter outcome records (problems resolved, costs saved, complaints, collective honours). */
  OUTCOME_RECORD = 'OUTCOME_RECORD',
  /** Read anomaly alerts in scope (district admins, the village's supervisory committee). */
  ANOMALY_READ = 'ANOMALY_READ',
  /** Read anomaly alerts in scope and verify them (village and town admins). */
  ANOMALY_REVIEW = 'ANOMALY_REVIEW',
}

registerEnumType(Permission, { name: 'Permission', description: '操作权限' });
