/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 上传一张活动照片（活动进行中；结束时作为各参与者登记的佐证） */
export type AddActivityPhotoInput = {
  /** 活动 */
  activityId: string;
  /** JPEG 或 PNG 照片，不超过 2 MB */
  photo: EvidenceFileInput;
};

/** 给草稿模板添加一条职责条款 */
export type AddContractClauseInput = {
  /** 插入位置（从 0 开始）；不填则加在最后 */
  position?: number | null | undefined;
  templateId: string;
  /** 条款内容 */
  text: string;
};

/** 在草稿框架中新增评价事项 */
export type AddEvaluationItemInput = {
  frameworkId: string;
  item: ItemFieldsInput;
};

/** 为村民添加一个主体身份 */
export type AddSubjectRoleInput = {
  /** 结束日期（含当日），可不填 */
  endDate?: string | null | undefined;
  /** 预备党员（仅党员） */
  probationary?: boolean;
  /** 联系的户（仅村民代表） */
  representedHouseholdIds?: Array<string> | null | undefined;
  residentId: string;
  /** 起始日期（YYYY-MM-DD） */
  startDate: string;
  /** 主体类型 */
  subjectType: SubjectType;
  /** 本届任期届满日期（仅村民代表） */
  termEnd?: string | null | undefined;
};

/** 在草稿手册中新增本镇事项 */
export type AddTownItemInput = {
  item: ItemFieldsInput;
  manualId: string;
};

/** 在草稿清单中新增村自定事项 */
export type AddVillageItemInput = {
  item: ItemFieldsInput;
  listId: string;
};

/** 录入村民代表大会通过清单的表决结果 */
export type AdoptScoringListInput = {
  /** 弃权票 */
  abstaining: number;
  listId: string;
  /** 会议日期（YYYY-MM-DD） */
  meetingDate: string;
  /** 到会人数 */
  present: number;
  /** 在任代表人数与名册不一致时的原因（如部分代表尚未录入系统） */
  representativesCountReason?: string | null | undefined;
  /** 在任村民代表人数（须与本村名册中会议当日在任的村民代表人数一致，否则须说明原因） */
  representativesInOffice: number;
  /** 反对票 */
  votesAgainst: number;
  /** 赞成票 */
  votesFor: number;
};

/** 按金额（数量）分档：下限含、上限不含 */
export type AmountBandInput = {
  /** 本档下限（含） */
  from: number;
  /** 本档每单位分值（如每元 0.01 分） */
  perUnit?: number | null | undefined;
  /** 本档固定分值（与每单位分值二选一） */
  points?: number | null | undefined;
  /** 本档上限（不含；空为不封顶） */
  to?: number | null | undefined;
};

/** 异常提醒的状态 */
export type AnomalyAlertStatus =
  /** 已处理 */
  | 'HANDLED'
  /** 待核实 */
  | 'OPEN'
  /** 已核实，无问题 */
  | 'VERIFIED_OK';

/** 异常提醒的规则；提醒只提示核实，系统不因此改动任何积分或申报 */
export type AnomalyKind =
  /** 一人短时大量登记：同一账号任意 60 分钟内代为登记达到 30 条 */
  | 'BULK_BY_ONE'
  /** 佐证材料重复使用：同一份佐证文件（SHA-256 相同）用于本村 2 项及以上不同的申报（不同村民，或同一村民的不同事项、日期） */
  | 'EVIDENCE_REUSED'
  /** 夜间集中登记：同一账号一夜之间（北京时间 22:00 至次日 06:00）代为登记达到 5 条 */
  | 'NIGHT_BULK'
  /** 单月积分变动异常：一位村民一个自然月内（按事项发生日期）已入账积分的净变动绝对值达到 20 分（不计已冲正的记录） */
  | 'POINTS_SWING'
  /** 审核本户申报：审核人（其账号关联的村民）通过或修正通过了本人或同户家庭成员的申报（按检测时的户籍） */
  | 'SELF_HOUSEHOLD_REVIEW';

/** 异常提醒的核实结论 */
export type AnomalyResolution =
  /** 已处理 */
  | 'HANDLED'
  /** 已核实，无问题 */
  | 'VERIFIED_OK';

/** 异常提醒的对象 */
export type AnomalySubjectKind =
  /** 账号 */
  | 'ACCOUNT'
  /** 佐证文件 */
  | 'EVIDENCE'
  /** 村民 */
  | 'RESIDENT';

/** 答复异议 */
export type AnswerObjectionInput = {
  /** 异议成立：登记更正分值 */
  adjustment?: CorrectionAdjustmentInput | null | undefined;
  /** 答复（成立或不成立都须写明理由，不超过 450 字） */
  answer: string;
  decision: ObjectionDecision;
  objectionId: string;
  /** 异议成立：冲正这些台账记录 */
  reverseEntryIds?: Array<string> | null | undefined;
};

/** 民主评议类别 */
export type AppraisalRaterKind =
  /** 群众评议 */
  | 'MASS'
  /** 同级互评 */
  | 'PEER';

/** 公开内容的种类 */
export type ArtefactKind =
  /** 荣誉榜 */
  | 'HONOUR_LIST'
  /** 资金发放方案 */
  | 'PAYOUT_PLAN'
  /** 积分公示 */
  | 'TALLY_NOTICE';

/** 为帮扶事项指定帮扶人（本村党员或村干部） */
export type AssignMentorInput = {
  /** 帮扶事项 */
  caseId: string;
  /** 帮扶人 */
  mentorResidentId: string;
};

/** 任命岗位人员 */
export type AssignPostHolderInput = {
  /** 任期最后一天（含），不填表示未定 */
  endDate?: string | null | undefined;
  /** 岗位 */
  postId: string;
  /** 村民 */
  residentId: string;
  /** 任期开始日期（YYYY-MM-DD） */
  startDate: string;
};

/** 一位应到人员的出勤 */
export type AttendanceInput = {
  /** 请假事由（请假时必填） */
  excuseReason?: string | null | undefined;
  /** 村民 */
  residentId: string;
  status: AttendanceStatus;
};

/** 出勤情况 */
export type AttendanceStatus =
  /** 无故缺席 */
  | 'ABSENT'
  /** 请假 */
  | 'EXCUSED'
  /** 出席 */
  | 'PRESENT';

/** 计分人是行为人的什么人 */
export type BeneficiaryRelation =
  /** 子女 */
  | 'CHILD'
  /** 其他亲属 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 配偶 */
  | 'SPOUSE';

/** 补选状态 */
export type ByElectionStatus =
  /** 已补选 */
  | 'ELECTED'
  /** 待补选 */
  | 'OPEN';

/** 超出上限时 */
export type CapMode =
  /** 计至上限为止 */
  | 'CLAMP'
  /** 不予受理 */
  | 'REFUSE';

/** 负面约束事项类别 */
export type CaseKind =
  /** 一对一帮扶 */
  | 'MENTORING'
  /** 不合格党员处置 */
  | 'PARTY_HANDLING'
  /** 村民代表限期整改 */
  | 'RECTIFICATION';

/** 负面约束事项的结果 */
export type CaseOutcome =
  /** 已处置 */
  | 'HANDLED'
  /** 帮扶结束 */
  | 'MENTORED'
  /** 整改到位 */
  | 'RECTIFIED'
  /** 终止代表资格 */
  | 'SEAT_ENDED';

/** 修改自己的密码 */
export type ChangePasswordInput = {
  /** 当前密码（或管理员给的临时密码） */
  currentPassword: string;
  /** 新密码 */
  newPassword: string;
};

/** 变更村民状态（记入状态变更历史） */
export type ChangeResidentStatusInput = {
  /** 原因，最多 200 字 */
  reason: string;
  residentId: string;
  /** 新状态 */
  status: ResidentStatus;
};

/** 登记事项结果：整改到位（佐证）、终止代表资格、党支部处置决定或帮扶结果 */
export type CloseConstraintCaseInput = {
  /** 事项 */
  caseId: string;
  /** 结果日期（决定或终止之日，YYYY-MM-DD） */
  on: string;
  /** 结果 */
  outcome: CaseOutcome;
  /** 整改佐证、处置决定或帮扶结果，最多 1000 字 */
  text: string;
};

/** 柜台凭取货码确认领取 */
export type ConfirmPickupInput = {
  clientKey: string;
  /** 6 位取货码 */
  pickupCode: string;
  /** 兑换点 */
  shopId: string;
};

/** 五色契约的颜色 */
export type ContractColour =
  /** 蓝色·自治契约 */
  | 'BLUE'
  /** 绿色·服务契约 */
  | 'GREEN'
  /** 红色·先锋契约 */
  | 'RED'
  /** 银色·调解契约 */
  | 'SILVER'
  /** 黄色·模范契约 */
  | 'YELLOW';

/** 契约事件 */
export type ContractEventKind =
  /** 生成草稿 */
  | 'DRAFTED'
  /** 签订 */
  | 'SIGNED'
  /** 解除 */
  | 'TERMINATED';

/** 契约状态 */
export type ContractStatus =
  /** 待签订 */
  | 'DRAFT'
  /** 已签订 */
  | 'SIGNED'
  /** 已解除 */
  | 'TERMINATED';

/** 契约模板状态 */
export type ContractTemplateStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已发布（不可修改） */
  | 'PUBLISHED';

/** 更正或撤回一条工作成效：另起一条新记录替代原记录，原记录保留可查 */
export type CorrectOutcomeInput = {
  /** 信访投诉：是否涉农 */
  agriculture?: boolean | null | undefined;
  /** 节约开支：金额（元） */
  amountYuan?: number | null | undefined;
  /** 类别（如 卫生保洁、卡口值守、土地纠纷、文明村），最多 40 字 */
  category?: string | null | undefined;
  /** 信访投诉：当月件数 */
  complaintCount?: number | null | undefined;
  /** 说明，最多 1000 字 */
  description?: string | null | undefined;
  /** 佐证材料（档案号、照片位置、会议记录等） */
  evidence?: string | null | undefined;
  /** 集体荣誉：级别 */
  honourLevel?: HonourLevel | null | undefined;
  /** 节约开支：金额如何估算（如 按每月保洁费 3000 元 × 12 个月） */
  howEstimated?: string | null | undefined;
  /** 日期（YYYY-MM-DD）；信访投诉按月，记为当月 1 日 */
  occurredOn?: string | null | undefined;
  /** 更正原因，最多 200 字 */
  reason: string;
  /** 被更正的记录（须为最新的一条） */
  recordId: string;
  /** 撤回（误登记）：撤回后不再计入 */
  withdraw?: boolean | null | undefined;
};

/** 更正分值（异议成立时登记一条更正记录） */
export type CorrectionAdjustmentInput = {
  /** 更正分值（正为补加，负为扣减） */
  points: number;
  track: ScoreTrack;
};

/** 会签一个检查点：核对根摘要后确认 */
export type CountersignCheckpointInput = {
  /** 检查点 */
  checkpointId: string;
  /** 您核对的根摘要（64 位十六进制） */
  rootHash: string;
  /** 会签意见，最多 300 字 */
  statement: string;
};

/** 发起一次志愿服务活动：签到时段内凭 6 位签到码现场签到 */
export type CreateActivityInput = {
  /** 每位参与者默认计入的时长（小时） */
  defaultHours: number;
  /** 活动内容 */
  description: string;
  /** 签到结束时间（不超过开始后 24 小时） */
  endsAt: string;
  /** 按小时计分的本村清单事项编码（如 P01） */
  itemCode: string;
  /** 组织者 */
  organiser: string;
  /** 地点 */
  place: string;
  /** 签到开始时间 */
  startsAt: string;
  /** 活动名称 */
  title: string;
  /** 村 */
  villageId: string;
};

/** 新建契约模板（新版本为草稿）：区级模板，或镇对区级同色模板的扩展 */
export type CreateContractTemplateInput = {
  /** 职责条款（按顺序）；镇级扩展只写新增的条款 */
  clauses?: Array<string> | null | undefined;
  /** 契约颜色 */
  colour: ContractColour;
  /** 关联的考评项目编码（如 RED-01） */
  itemCodes?: Array<string> | null | undefined;
  /** 模板标题，最多 64 字 */
  title: string;
  /** 制定模板的区或镇（街道） */
  unitId: string;
};

/** 新建年度评分框架（草稿，规则取默认值） */
export type CreateFrameworkInput = {
  /** 所属区（不填则为当前管理员所在区） */
  districtId?: string | null | undefined;
  /** 标题 */
  title: string;
  /** 年度 */
  year: number;
};

/** 新建网格 */
export type CreateGridInput = {
  /** 网格编码：字母、数字或连字符，最多 32 位 */
  code: string;
  /** 网格名称，最多 64 字 */
  name: string;
  /** 所属村 */
  villageId: string;
};

/** 新设一种荣誉（区）：名称与评选条件 */
export type CreateHonourTypeInput = {
  /** 区 */
  districtId: string;
  /** 每村最多推荐人数（可选） */
  maxPerVillage?: number | null | undefined;
  /** 年度总评最低等次 */
  minGrade?: Grade | null | undefined;
  /** 年度总评最低星级（0–5） */
  minStars?: number | null | undefined;
  /** 荣誉名称，如 优秀党员、五星文明户 */
  name: string;
  /** 评选对象的主体类型 */
  subjectType: SubjectType;
};

/** 新建户 */
export type CreateHouseholdInput = {
  /** 住址，最多 128 字 */
  address?: string | null | undefined;
  /** 户号：字母、数字或连字符，最多 32 位 */
  code: string;
  /** 所属网格 */
  gridId?: string | null | undefined;
  /** 所属村 */
  villageId: string;
};

/** 新建镇操作手册（草稿） */
export type CreateManualInput = {
  /** 依据的区评分框架（须已发布） */
  frameworkId: string;
  /** 标题 */
  title: string;
  /** 镇（街道） */
  townId: string;
};

/** 安排一次会议：类型、日期、地点、议程，及出勤登记所用的积分事项 */
export type CreateMeetingInput = {
  /** 无故缺席登记为本村清单中的这一事项（待审核），可不设 */
  absenceItemCode?: string | null | undefined;
  /** 议程，最多 1000 字 */
  agenda: string;
  /** 会议日期（YYYY-MM-DD） */
  heldOn: string;
  /** 地点 */
  place: string;
  /** 出席登记为这一事项（待审核），可不设 */
  presenceItemCode?: string | null | undefined;
  /** 会议名称，最多 100 字 */
  title: string;
  type: MeetingType;
  /** 村 */
  villageId: string;
};

/** 在网格中新设自治岗位 */
export type CreatePostInput = {
  /** 岗位职责 */
  duties?: string;
  /** 网格 */
  gridId: string;
  /** 对应的评价项目编码 */
  itemCodes?: Array<string>;
  /** 岗位名称，如 环境卫生岗 */
  name: string;
};

/** 登记村民 */
export type CreateResidentInput = {
  /** 出生日期（YYYY-MM-DD），须与身份证号一致 */
  birthDate: string;
  /** 性别 */
  gender: Gender;
  /** 所属网格（不填则随户） */
  gridId?: string | null | undefined;
  /** 所属户 */
  householdId?: string | null | undefined;
  /** 18 位居民身份证号（只加密保存，不会原样返回） */
  idNumber: string;
  /** 姓名，最多 64 字 */
  name: string;
  /** 联系电话 */
  phone?: string | null | undefined;
  /** 与户主关系（户主本人不填） */
  relationToHead?: HouseholdRelation | null | undefined;
  /** 所属村 */
  villageId: string;
};

/** 为村民开通登录账号（村民角色） */
export type CreateResidentLoginInput = {
  /** 初始密码，至少 8 位 */
  password: string;
  residentId: string;
  /** 用户名：3–64 位字母、数字、点、下划线或连字符 */
  username: string;
};

/** 新建工作人员账号（首个角色授予在该单元；密码须在首次登录后修改） */
export type CreateStaffAccountInput = {
  /** 姓名 */
  displayName: string;
  /** 初始密码；不填则生成临时密码并返回一次 */
  password?: string | null | undefined;
  role: Role;
  /** 账号归属单元，也是首个角色的授予单元 */
  unitId: string;
  /** 用户名：3–64 位字母、数字、点、下划线或连字符 */
  username: string;
};

/** 新建镇（街道） */
export type CreateTownInput = {
  /** 编码：字母、数字或连字符，最多 32 位（建议用行政区划代码） */
  code: string;
  /** 所属区 */
  districtId: string;
  /** 中文名称，最多 64 字 */
  name: string;
};

/** 新建村 */
export type CreateVillageInput = {
  /** 编码：字母、数字或连字符，最多 32 位（建议用行政区划代码） */
  code: string;
  /** 中文名称，最多 64 字 */
  name: string;
  /** 所属镇（街道） */
  townId: string;
};

/** 看板的期间：月、季、年 */
export type DashboardPeriodKind =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** 镇审批一项推荐：同意或不同意，并写明理由 */
export type DecideNominationInput = {
  /** 是否同意 */
  approve: boolean;
  /** 推荐记录 */
  nominationId: string;
  /** 审批理由，最多 500 字 */
  reason: string;
};

/** 申报方式 */
export type DeclarationChannel =
  /** 干部代为登记 */
  | 'REGISTERED'
  /** 本人申报 */
  | 'SELF';

/** 申报经过 */
export type DeclarationEventKind =
  /** 修正后通过 */
  | 'AMENDED'
  /** 审核通过 */
  | 'APPROVED'
  /** 审核驳回 */
  | 'REJECTED'
  /** 提交 */
  | 'SUBMITTED';

/** 申报状态 */
export type DeclarationStatus =
  /** 修正后通过 */
  | 'AMENDED'
  /** 已通过 */
  | 'APPROVED'
  /** 待审核 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

export type DeclareActInput = {
  /** 事项发生日期（YYYY-MM-DD） */
  actedOn: string;
  /** 计分的亲属是行为人的什么人 */
  beneficiaryRelation?: BeneficiaryRelation | null | undefined;
  /** 计分的亲属（行为计给行为人的配偶、子女或父母时填写；事项须允许） */
  beneficiaryResidentId?: string | null | undefined;
  /** 佐证材料（照片或 PDF，最多 5 个） */
  evidence?: Array<EvidenceFileInput> | null | undefined;
  /** 幂等键：重试时使用同一个键，只会登记一次 */
  idempotencyKey: string;
  /** 积分评价清单中的事项编码 */
  itemCode: string;
  /** 说明 */
  note?: string | null | undefined;
  /** 数量（按单位计分的事项必填，如小时数） */
  quantity?: number | null | undefined;
};

/** 起草一个周期的资金发放方案（村信用评议会）：按已定案核算的本期信用积分与每分金额 */
export type DraftPayoutPlanInput = {
  /** 每 1 分发放的金额，单位：分（如 50 即每分 0.50 元） */
  centsPerPoint: number;
  /** 已定案的季度或年度 */
  periodId: string;
  /** 方案名称（可选，默认「某年某季度积分奖励发放方案」） */
  title?: string | null | undefined;
};

/** 结束岗位任期（记录保留） */
export type EndPostAssignmentInput = {
  /** 任期记录 */
  assignmentId: string;
  /** 任期最后一天（含） */
  endDate: string;
  /** 结束原因 */
  reason: string;
};

/** 结束一个主体身份（不删除，保留历史） */
export type EndSubjectRoleInput = {
  /** 结束日期（含当日，YYYY-MM-DD） */
  endDate: string;
  /** 结束原因，最多 200 字 */
  reason: string;
  roleId: string;
};

export type EvidenceFileInput = {
  /** 文件内容（base64）；所有文件合计不超过 2 MB */
  contentBase64: string;
  /** 文件类型：image/jpeg、image/png 或 application/pdf */
  contentType: string;
  /** 文件名 */
  fileName: string;
};

/** 超限事项的审批层级 */
export type ExceptionApprover =
  /** 区审批 */
  | 'DISTRICT'
  /** 镇审批 */
  | 'TOWN';

/** 偏离的方向 */
export type FairnessDeviation =
  /** 偏高（扣分明显多于本村其余部分） */
  | 'HIGH'
  /** 偏低（扣分明显少于本村其余部分） */
  | 'LOW';

/** 公平性分析的分组维度 */
export type FairnessDimensionKey =
  /** 年龄段 */
  | 'AGE_BAND'
  /** 性别 */
  | 'GENDER'
  /** 网格 */
  | 'GRID';

/** 平均信用积分的来源 */
export type FairnessScoreSource =
  /** 台账合计（基础分 + 1 月 1 日至期末的信用积分，与核算同一算法） */
  | 'LEDGER'
  /** 本年度尚未通过积分清单，无积分可算 */
  | 'NONE'
  /** 本期最新一版核算（已冻结） */
  | 'TALLY';

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 为本村生成某年度的契约草稿（已有契约的不再生成） */
export type GenerateContractDraftsInput = {
  /** 村 */
  villageId: string;
  /** 年度 */
  year: number;
};

/** “1+4+N”中的副手 */
export type GovernanceDeputyInput = {
  /** 职务，如 党小组长、村民代表组长、网格长、志愿者队长 */
  dutyTitle: string;
  /** 村民 */
  residentId: string;
};

/** “1+4+N”治理队伍中的位置 */
export type GovernanceRole =
  /** 副手（4） */
  | 'DEPUTY'
  /** 网格员（N） */
  | 'GRID_WORKER'
  /** 带头人（1） */
  | 'LEADER';

/** “1+4+N”中的网格员 */
export type GovernanceWorkerInput = {
  /** 是否专职（否则为兼职） */
  fullTime: boolean;
  /** 村民 */
  residentId: string;
};

/** 年度等次（党员、村民代表） */
export type Grade =
  /** 基本合格 */
  | 'BASIC'
  /** 优秀 */
  | 'EXCELLENT'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** 授予角色 */
export type GrantRoleInput = {
  role: Role;
  /** 授予角色的组织单元 */
  unitId: string;
  /** 账号 */
  userId: string;
};

/** 荣誉级别：国家级、省级、市级、区级、镇级 */
export type HonourLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWN';

/** 与户主关系（户主本人不填） */
export type HouseholdRelation =
  /** 子女 */
  | 'CHILD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 配偶 */
  | 'SPOUSE';

/** 导入文件格式 */
export type ImportFormat =
  /** CSV（UTF-8，可带 BOM） */
  | 'CSV'
  /** Excel 工作簿（取第一个工作表） */
  | 'XLSX';

/** 批量导入村民。表头：姓名、性别、出生日期、身份证号、联系电话、户号、是否户主、网格（编码或名称）、身份，可另加所填身份的起始日期列（入党日期、村民代表起始日期、志愿者起始日期、五老起始日期、村民起始日期；不填为导入当天）。日期可写 1966-05-07、1966/5/7、1966年5月7日 或 Excel 日期。任一行有误则全部不导入 */
export type ImportResidentsInput = {
  /** 文件内容（base64），不超过 2.24 MB、50000 行 */
  contentBase64: string;
  /** 只检查不写入 */
  dryRun?: boolean;
  /** 文件格式 */
  format: ImportFormat;
  /** 导入到哪个村 */
  villageId: string;
};

/** 评价事项类别 */
export type ItemCategory =
  /** 公民公德 */
  | 'CIVIC_VIRTUE'
  /** 文明实践 */
  | 'CIVILISED_PRACTICE'
  /** 自身贡献 */
  | 'CONTRIBUTION'
  /** 履行义务 */
  | 'DUTIES'
  /** 发挥作用 */
  | 'EXEMPLARY_ROLE'
  /** 参与管理 */
  | 'PARTICIPATION'
  /** 社会公益 */
  | 'PUBLIC_WELFARE'
  /** 履行职责 */
  | 'RESPONSIBILITIES'
  /** 行使权利 */
  | 'RIGHTS';

/** 加分或扣分 */
export type ItemDirection =
  /** 扣分项 */
  | 'NEGATIVE'
  /** 加分项 */
  | 'POSITIVE';

/** 评价事项内容 */
export type ItemFieldsInput = {
  /** 不叠加的事项组编码：同一人同一天的同一行为只按组内一项（最高的一项）计分 */
  alternativeGroup?: string | null | undefined;
  /** 按申报数量（金额）分档计分 */
  amountBands?: Array<AmountBandInput> | null | undefined;
  /** 可计给行为人的哪些亲属（如子女参军计给父母）；不填只计行为人本人 */
  beneficiaryRelations?: Array<BeneficiaryRelation> | null | undefined;
  /** 上限按户合计：每月、每季度、每年上限按全户成员的分值合计计算（否则按人） */
  capByHousehold?: boolean;
  /** 共享上限的事项组编码：同组事项合计计算上限 */
  capGroup?: string | null | undefined;
  /** 超出上限（或单次最多分）时：不予受理或计至上限 */
  capMode?: CapMode;
  /** 每月累计上限 */
  capPerMonth?: number | null | undefined;
  /** 每季度累计上限 */
  capPerQuarter?: number | null | undefined;
  /** 每年累计上限 */
  capPerYear?: number | null | undefined;
  /** 类别 */
  category: ItemCategory;
  /** 编码（在所属框架、手册或清单内唯一） */
  code: string;
  /** 说明 */
  description?: string;
  /** 加分项或扣分项 */
  direction: ItemDirection;
  /** 是否需要佐证材料 */
  evidenceRequired?: boolean;
  /** 按户计分 */
  household?: boolean;
  /** 按户计分时每位现有家庭成员都计分（每季度每户一次）；否则只计户主 */
  householdMembers?: boolean;
  /** 直接认定：有效期内年度等次最高为此等次（党员、村民代表） */
  judgementGrade?: JudgementGrade | null | undefined;
  /** 直接认定：有效期内村民星级最高为此星级（0–4） */
  judgementStars?: number | null | undefined;
  /** 事项种类编码：同种类的任一事项在有效期内重复发生都按重复倍数计 */
  kind?: string | null | undefined;
  /** 累计奖励：累计哪些事项的数量（事项编码，如志愿服务小时） */
  milestoneSources?: Array<string> | null | undefined;
  /** 累计范围：本年度或历年 */
  milestoneSpan?: MilestoneSpan | null | undefined;
  /** 累计门槛及分值，每档只计一次 */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** 事项名称 */
  name: string;
  /** 单次最多计分 */
  perActMax?: number | null | undefined;
  /** 按数量计分时每单位的分值 */
  perUnitPoints?: number | null | undefined;
  /** 分值档次：审核时只能选其中之一（如 10、20、40、50） */
  pointLevels?: Array<number> | null | undefined;
  /** 分值上限（与下限相同即为固定分值） */
  pointsMax: number;
  /** 分值下限（正数，方向决定加减） */
  pointsMin: number;
  /** 计入村级积分、区级信用档案或两者 */
  recordLevel?: RecordLevel;
  /** 信用修复：直接认定经修复后改为扣除的分值；不填表示不可修复 */
  repairPoints?: number | null | undefined;
  /** 有效期内重复发生时的倍数 */
  repeatMultiplier?: number;
  /** 取整方式 */
  roundingMode?: RoundingMode | null | undefined;
  /** 按单位或分档费率计算时的取整单位（如 0.1、1） */
  roundingStep?: number | null | undefined;
  /** 适用主体 */
  subjectTypes: Array<SubjectType>;
  /** 计入哪类积分 */
  track: ScoreTrack;
  /** 计量单位（如“小时”） */
  unitLabel?: string | null | undefined;
  /** 有效期（月） */
  validityMonths?: number | null | undefined;
  /** 按分值大小确定有效期（填写后代替固定的有效期月数） */
  validityRules?: Array<ValidityRuleInput> | null | undefined;
  /** 一票否决项 */
  veto?: boolean;
};

/** 事项来源 */
export type ItemSource =
  /** 区评分框架 */
  | 'FRAMEWORK'
  /** 镇操作手册 */
  | 'TOWN'
  /** 村自定事项 */
  | 'VILLAGE';

/** 直接认定的等次（最高） */
export type JudgementGrade =
  /** 基本合格 */
  | 'BASIC'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** 台账更正方式 */
export type LedgerCorrectionKind =
  /** 更正：补记差额分值 */
  | 'ADJUSTMENT'
  /** 冲正：撤销该记录 */
  | 'REVERSAL';

/** 台账更正状态 */
export type LedgerCorrectionStatus =
  /** 已确认并记入台账 */
  | 'CONFIRMED'
  /** 待确认 */
  | 'PROPOSED'
  /** 已驳回 */
  | 'REJECTED';

/** 台账记录类型 */
export type LedgerEntryKind =
  /** 登记 */
  | 'NORMAL'
  /** 冲正（撤销一条登记） */
  | 'REVERSAL';

/** 区级信用等级的一档：区级信用档案分不低于分数线为此等级 */
export type LetterGradeInput = {
  /** 等级名称（如 AAA、A、D），最多 8 个字符 */
  grade: string;
  /** 分数线（不低于） */
  min: number;
};

/** 用户名和密码登录 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 用户名 */
  username: string;
};

/** 登记方案已在村民大会上发放 */
export type MarkPayoutPaidInput = {
  /** 说明（可选，最多 300 字） */
  note?: string | null | undefined;
  /** 发放日期（YYYY-MM-DD） */
  paidOn: string;
  /** 发放方案 */
  planId: string;
};

/** 会议类型 */
export type MeetingType =
  /** 村民会议 */
  | 'ASSEMBLY'
  /** 支部委员会 */
  | 'PARTY_COMMITTEE'
  /** 支部党员大会 */
  | 'PARTY_GENERAL'
  /** 党小组会 */
  | 'PARTY_GROUP'
  /** 党课 */
  | 'PARTY_LECTURE'
  /** 村民代表会议 */
  | 'REPRESENTATIVE';

/** 累计达到的一档：累计数量达到门槛时计一次分 */
export type MilestoneInput = {
  /** 达到门槛时计的分值 */
  points: number;
  /** 累计门槛（如 20 小时） */
  threshold: number;
};

/** 累计范围 */
export type MilestoneSpan =
  /** 历年累计 */
  | 'ALL'
  /** 本年度累计 */
  | 'YEAR';

/** 村推荐一名村民参评一项荣誉 */
export type NominateHonourInput = {
  /** 荣誉类型 */
  honourTypeId: string;
  /** 推荐理由，最多 500 字 */
  reason: string;
  /** 被推荐的村民 */
  residentId: string;
  /** 评选年度（须为已最终确定的总评年度） */
  year: number;
};

/** 评先选优推荐的状态 */
export type NominationStatus =
  /** 镇已同意，待公布 */
  | 'APPROVED'
  /** 已推荐，待镇审批 */
  | 'NOMINATED'
  /** 已公布 */
  | 'PUBLISHED'
  /** 镇未同意 */
  | 'REJECTED';

/** 消息类型 */
export type NotificationKind =
  /** 申报经修正后通过 */
  | 'DECLARATION_AMENDED'
  /** 申报已通过 */
  | 'DECLARATION_APPROVED'
  /** 新申报待审核 */
  | 'DECLARATION_PENDING'
  /** 申报被驳回 */
  | 'DECLARATION_REJECTED'
  /** 通知 */
  | 'GENERAL'
  /** 评定结果已公布 */
  | 'GRADE_PUBLISHED'
  /** 公示已开始 */
  | 'NOTICE_OPENED'
  /** 异议已答复 */
  | 'OBJECTION_ANSWERED'
  /** 异议答复已逾期 */
  | 'OBJECTION_OVERDUE'
  /** 收到新异议 */
  | 'OBJECTION_RAISED';

/** 异议处理决定 */
export type ObjectionDecision =
  /** 不成立：说明理由 */
  | 'DISMISS'
  /** 成立：更正台账并重新核算 */
  | 'UPHOLD';

/** 异议状态 */
export type ObjectionStatus =
  /** 异议不成立 */
  | 'DISMISSED'
  /** 待答复 */
  | 'OPEN'
  /** 异议成立 */
  | 'UPHELD';

/** 组织层级：区—镇—村 */
export type OrgLevel =
  /** 区 */
  | 'DISTRICT'
  /** 镇（街道） */
  | 'TOWN'
  /** 村 */
  | 'VILLAGE';

/** 工作成效的类别：解决问题、节约开支、信访投诉（按月）、集体荣誉 */
export type OutcomeKind =
  | 'COMPLAINT'
  | 'COST_SAVED'
  | 'HONOUR_WON'
  | 'PROBLEM_RESOLVED';

/** 资金发放方案的状态 */
export type PayoutPlanStatus =
  /** 已起草，待会议表决 */
  | 'DRAFTED'
  /** 已在村民大会发放 */
  | 'PAID'
  /** 已张榜公示，待发放 */
  | 'POSTED'
  /** 会议表决未通过 */
  | 'REJECTED'
  /** 会议表决通过，待公示 */
  | 'VOTED';

/** 可兑换积分的记账单位 */
export type PointsAccountLevel =
  /** 按户 */
  | 'HOUSEHOLD'
  /** 按人 */
  | 'RESIDENT';

/** 可兑换积分的有效期方式 */
export type PointsExpiryMode =
  /** 不清零（可设有效月数） */
  | 'NONE'
  /** 当季有效（季末清零） */
  | 'QUARTERLY'
  /** 每年定日清零 */
  | 'YEARLY';

/** 可兑换积分流水类型 */
export type PointsMovementKind =
  /** 积分入账 */
  | 'EARN'
  /** 到期清零 */
  | 'EXPIRE'
  /** 兑换退回 */
  | 'RELEASE'
  /** 冲正 */
  | 'REVERSAL'
  /** 兑换扣减 */
  | 'SPEND';

/** 预览的草稿类型 */
export type PreviewDraftKind =
  /** 区评分框架草稿 */
  | 'FRAMEWORK'
  /** 镇操作手册草稿 */
  | 'MANUAL';

/** 提出台账更正（须另一名审核人员确认） */
export type ProposeLedgerCorrectionInput = {
  /** 要更正的已通过台账记录 */
  entryId: string;
  kind: LedgerCorrectionKind;
  /** 更正：补记的分值（正为补加，负为扣减）；冲正不填 */
  points?: number | null | undefined;
  /** 更正理由（不超过 450 字） */
  reason: string;
};

/** 对公示中的一行提出异议 */
export type RaiseObjectionInput = {
  /** 异议理由 */
  reason: string;
  /** 公示行 */
  tallyLineId: string;
};

/** 排名分组（党员和村民代表单独排名） */
export type RankGroup =
  /** 党员和村民代表 */
  | 'KEY'
  /** 村民 */
  | 'VILLAGER';

/** 民主评议：为本村一名党员或村民代表评分（每人每年每种身份只评一次） */
export type RateAppraisalInput = {
  /** 意见（可选） */
  comment?: string | null | undefined;
  /** 被评议的村民 */
  rateeResidentId: string;
  /** 评分（0–100 的整数） */
  rating: number;
  /** 评议其哪一身份：党员或村民代表 */
  subjectType: SubjectType;
  /** 年度 */
  year: number;
};

/** 登记补选结果：当选者任村民代表至本届任期届满 */
export type RecordByElectionInput = {
  /** 补选 */
  byElectionId: string;
  /** 当选日期（YYYY-MM-DD） */
  electedOn: string;
  /** 当选的村民 */
  electedResidentId: string;
};

/** 计入哪一级信用记录 */
export type RecordLevel =
  /** 村级积分和区级信用档案都计入 */
  | 'BOTH'
  /** 只计入区级信用档案 */
  | 'DISTRICT'
  /** 只计入村级积分 */
  | 'VILLAGE';

/** 会后登记：会议记录与每位应到人员的出勤（一次登记，之后不可更改） */
export type RecordMeetingInput = {
  attendance: Array<AttendanceInput>;
  /** 会议 */
  meetingId: string;
  /** 会议记录，最多 4000 字 */
  minutes: string;
};

/** 登记一次帮扶走访 */
export type RecordMentoringVisitInput = {
  /** 商定的改进事项，最多 500 字 */
  agreedImprovement: string;
  /** 帮扶事项 */
  caseId: string;
  /** 走访情况，最多 1000 字 */
  note: string;
  /** 走访日期（YYYY-MM-DD） */
  visitedOn: string;
};

/** 登记一条工作成效：解决问题、节约开支、当月信访投诉或集体荣誉（村或镇） */
export type RecordOutcomeInput = {
  /** 信访投诉：是否涉农 */
  agriculture?: boolean | null | undefined;
  /** 节约开支：金额（元） */
  amountYuan?: number | null | undefined;
  /** 类别，最多 40 字 */
  category: string;
  /** 信访投诉：当月件数 */
  complaintCount?: number | null | undefined;
  /** 说明，最多 1000 字 */
  description: string;
  /** 佐证材料（档案号、照片位置、会议记录等） */
  evidence?: string | null | undefined;
  /** 集体荣誉：级别 */
  honourLevel?: HonourLevel | null | undefined;
  /** 节约开支：金额如何估算（如 按每月保洁费 3000 元 × 12 个月） */
  howEstimated?: string | null | undefined;
  kind: OutcomeKind;
  /** 日期（YYYY-MM-DD）；信访投诉按月，记为当月 1 日 */
  occurredOn: string;
  /** 登记到的村或镇 */
  unitId: string;
};

/** 党员和村民代表会议对发放方案的表决结果（过⅔到会、到会过半数赞成为通过） */
export type RecordPayoutVoteInput = {
  /** 弃权票 */
  abstained: number;
  /** 反对票 */
  against: number;
  /** 应到人数 */
  expected: number;
  /** 赞成票 */
  inFavour: number;
  /** 会议记录摘要（可选，最多 300 字） */
  note?: string | null | undefined;
  /** 发放方案 */
  planId: string;
  /** 实到人数 */
  present: number;
  /** 会议日期（YYYY-MM-DD） */
  votedOn: string;
};

/** 兑换状态 */
export type RedemptionStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 逾期未领 */
  | 'EXPIRED'
  /** 已领取 */
  | 'PICKED_UP'
  /** 已退回 */
  | 'REFUNDED'
  /** 待领取 */
  | 'RESERVED';

export type RegisterActInput = {
  /** 事项发生日期（YYYY-MM-DD） */
  actedOn: string;
  /** 计分的亲属是行为人的什么人 */
  beneficiaryRelation?: BeneficiaryRelation | null | undefined;
  /** 计分的亲属（行为计给行为人的配偶、子女或父母时填写；事项须允许） */
  beneficiaryResidentId?: string | null | undefined;
  /** 佐证材料（照片或 PDF，最多 5 个） */
  evidence?: Array<EvidenceFileInput> | null | undefined;
  /** 幂等键：重试时使用同一个键，只会登记一次 */
  idempotencyKey: string;
  /** 积分评价清单中的事项编码 */
  itemCode: string;
  /** 说明 */
  note?: string | null | undefined;
  /** 数量（按单位计分的事项必填，如小时数） */
  quantity?: number | null | undefined;
  /** 村民 */
  residentId: string;
};

/** 组织者登记一位参与者 */
export type RegisterParticipantInput = {
  /** 活动 */
  activityId: string;
  /** 时长（小时），不填按活动默认 */
  hours?: number | null | undefined;
  /** 村民 */
  residentId: string;
};

/** 更改组织单元名称 */
export type RenameOrgUnitInput = {
  id: string;
  /** 新的中文名称，最多 64 字 */
  name: string;
};

/** 信用修复：把一项直接认定改为该事项规定的固定扣分 */
export type RepairCreditInput = {
  /** 直接认定的台账记录 */
  entryId: string;
  /** 修复理由（整改情况等），最多 500 字 */
  reason: string;
};

/** 店员代村民兑换（村民无手机时），须记录村民的确认 */
export type ReserveRedemptionForInput = {
  /** 请求标识：同一次兑换重试时沿用，防止重复扣分 */
  clientKey: string;
  /** 商品 */
  goodsId: string;
  quantity?: number;
  /** 村民确认方式，如「本人到场签字确认」 */
  residentConfirmation: string;
  /** 村民 */
  residentId: string;
};

/** 预约兑换（积分与库存当即预留，凭取货码到柜台领取） */
export type ReserveRedemptionInput = {
  /** 请求标识：同一次兑换重试时沿用，防止重复扣分 */
  clientKey: string;
  /** 商品 */
  goodsId: string;
  quantity?: number;
};

/** 村民状态（只有在村村民参与积分） */
export type ResidentStatus =
  /** 在村 */
  | 'ACTIVE'
  /** 已故 */
  | 'DECEASED'
  /** 迁出 */
  | 'MOVED_OUT'
  /** 在校学生 */
  | 'STUDENT';

/** 核实一条异常提醒：已核实无问题，或已处理；须写明核实情况。只追加记录，提醒本身不变 */
export type ResolveAnomalyAlertInput = {
  /** 异常提醒 */
  alertId: string;
  /** 核实情况或处理结果，最多 500 字 */
  note: string;
  resolution: AnomalyResolution;
};

/** 审核结论 */
export type ReviewDecision =
  /** 修正后通过（须写明理由） */
  | 'AMEND'
  /** 通过 */
  | 'APPROVE'
  /** 驳回 */
  | 'REJECT';

export type ReviewDeclarationInput = {
  /** 修正后的事项编码（仅修正时；须在本村当年清单中并适用于该村民；不填则事项不变） */
  amendedItemCode?: string | null | undefined;
  /** 修正后的数量（仅修正时，按单位计分的事项） */
  amendedQuantity?: number | null | undefined;
  decision: ReviewDecision;
  declarationId: string;
  /** 分值（通过或修正时在事项分值范围内选择；按单位计分的事项自动计算） */
  points?: number | null | undefined;
  /** 理由（驳回、修正时必填） */
  reason?: string | null | undefined;
};

/** 角色：在某一组织单元被授予，并覆盖其下级单元 */
export type Role =
  /** 审计员 */
  | 'AUDITOR'
  /** 信用议事会成员 */
  | 'CREDIT_COUNCIL'
  /** 区级管理员 */
  | 'DISTRICT_ADMIN'
  /** 网格长 */
  | 'GRID_LEADER'
  /** 村民 */
  | 'RESIDENT'
  /** 评分员 */
  | 'SCORER'
  /** 兑换点店员 */
  | 'STORE_CLERK'
  /** 村务监督委员会成员 */
  | 'SUPERVISOR'
  /** 镇级管理员 */
  | 'TOWN_ADMIN'
  /** 村级管理员 */
  | 'VILLAGE_ADMIN';

/** 取整方式 */
export type RoundingMode =
  /** 舍去（向下取整） */
  | 'DOWN'
  /** 四舍五入 */
  | 'NEAREST';

/** 版本状态 */
export type RuleStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已发布 */
  | 'PUBLISHED';

/** 上级审查结论 */
export type SampleFinding =
  /** 审查无误 */
  | 'CONFIRMED'
  /** 存在疑问 */
  | 'QUESTIONED';

/** 修改评分规则（未填写的保持不变） */
export type ScoreRulesInput = {
  /** 基本合格分数线 */
  basicMin?: number | null | undefined;
  /** 村干部：信用积分权重（%） */
  cadreCreditWeight?: number | null | undefined;
  /** 村干部：角色职责积分权重（%） */
  cadreRoleDutyWeight?: number | null | undefined;
  /** 居民信用积分基础分 */
  creditBaseScore?: number | null | undefined;
  /** 优秀分数线 */
  excellentMin?: number | null | undefined;
  /** 优秀名额比例分母 */
  excellentQuotaDenominator?: number | null | undefined;
  /** 优秀名额比例分子 */
  excellentQuotaNumerator?: number | null | undefined;
  /** 五星分数线 */
  fiveStarAbove?: number | null | undefined;
  /** 四星分数线 */
  fourStarAbove?: number | null | undefined;
  /** 区级信用等级（2–10 档）；传 null 取消评定 */
  letterGrades?: Array<LetterGradeInput> | null | undefined;
  /** 民主评议：群众评议权重（%，0–50） */
  massAppraisalWeight?: number | null | undefined;
  /** 党员：信用积分权重（%） */
  partyMemberCreditWeight?: number | null | undefined;
  /** 党员：角色职责积分权重（%） */
  partyMemberRoleDutyWeight?: number | null | undefined;
  /** 民主评议：同级互评权重（%，0–50） */
  peerAppraisalWeight?: number | null | undefined;
  /** 合格分数线 */
  qualifiedMin?: number | null | undefined;
  /** 村民代表：信用积分权重（%） */
  representativeCreditWeight?: number | null | undefined;
  /** 村民代表：角色职责积分权重（%） */
  representativeRoleDutyWeight?: number | null | undefined;
  /** 角色职责积分基础分 */
  roleDutyBaseScore?: number | null | undefined;
  /** 三星分数线 */
  threeStarAbove?: number | null | undefined;
  /** 是否允许镇操作手册停用区框架的一票否决项 */
  townsMayDisableVetoItems?: boolean | null | undefined;
  /** 二星分数线 */
  twoStarAbove?: number | null | undefined;
  /** 村自定事项超出限额时由谁审批：镇或区 */
  villageExceptionApprover?: ExceptionApprover | null | undefined;
  /** 村自定事项单项分值上限 */
  villageMaxItemPoints?: number | null | undefined;
  /** 村自定扣分项数量上限 */
  villageMaxNegativeItems?: number | null | undefined;
  /** 村自定加分项数量上限 */
  villageMaxPositiveItems?: number | null | undefined;
  /** 零星分数线（总分不高于此分为 0 星；传 null 取消） */
  zeroStarAtOrBelow?: number | null | undefined;
};

/** 积分类型 */
export type ScoreTrack =
  /** 居民信用积分 */
  | 'CREDIT'
  /** 角色职责积分 */
  | 'ROLE_DUTY';

/** 积分评价清单状态 */
export type ScoringListStatus =
  /** 已经村民代表大会通过 */
  | 'ADOPTED'
  /** 草稿 */
  | 'DRAFT';

/** 积分期间类型 */
export type ScoringPeriodKind =
  /** 月度 */
  | 'MONTH'
  /** 季度 */
  | 'QUARTER'
  /** 年度 */
  | 'YEAR';

/** 积分期间状态（月度：登记中/已结束登记；季度与年度：登记中→已核算→公示中→已定案，只进不退） */
export type ScoringPeriodStatus =
  /** 已结束登记 */
  | 'CLOSED'
  /** 已定案 */
  | 'FINAL'
  /** 公示中 */
  | 'NOTICE'
  /** 登记中 */
  | 'OPEN'
  /** 已核算 */
  | 'TALLIED';

/** 评分队伍成员 */
export type ScoringTeamMemberInput = {
  /** 类别：党员先锋、村干部或群众代表 */
  kind: ScoringTeamMemberKind;
  /** 村民 */
  residentId: string;
};

/** 评分队伍成员类别 */
export type ScoringTeamMemberKind =
  /** 群众代表 */
  | 'MASSES_REPRESENTATIVE'
  /** 党员先锋 */
  | 'PARTY_PIONEER'
  /** 村干部 */
  | 'VILLAGE_CADRE';

/** 设置轮值队长安排（追加新版本，不覆盖旧版本） */
export type SetCaptainRotaInput = {
  /** 每人轮值天数，如 30 或 7 */
  periodDays: number;
  /** 轮值顺序（须为当前成员） */
  residentIds: Array<string>;
  /** 从哪天起轮值（YYYY-MM-DD） */
  startsOn: string;
  /** 评分队伍 */
  teamId: string;
};

/** 设置草稿模板关联的考评项目编码（整体替换） */
export type SetContractTemplateItemsInput = {
  /** 考评项目编码（如 RED-01） */
  itemCodes: Array<string>;
  templateId: string;
};

/** 设置“1+4+N”治理队伍（整支队伍，形成新版本；旧版本保留） */
export type SetGovernanceTeamInput = {
  /** 4 名副手 */
  deputies: Array<GovernanceDeputyInput>;
  /** 生效日期（YYYY-MM-DD），默认今天 */
  effectiveFrom?: string | null | undefined;
  /** 带头人（如党支部书记） */
  leaderId: string;
  /** 带头人职务 */
  leaderTitle?: string;
  /** 村 */
  villageId: string;
  /** 专兼职网格员（N ≥ 0） */
  workers?: Array<GovernanceWorkerInput>;
};

/** 设置网格长 */
export type SetGridLeaderInput = {
  gridId: string;
  /** 网格长：本村在村村民 */
  residentId: string;
};

/** 设置户主 */
export type SetHouseholdHeadInput = {
  householdId: string;
  /** 户主：须为本户成员 */
  residentId: string;
};

/** 停用或调整一个区框架事项（再次设置同一事项即替换） */
export type SetManualAdjustmentInput = {
  /** 停用该事项 */
  disabled?: boolean;
  /** 框架事项编码 */
  itemCode: string;
  manualId: string;
  /** 调整后的每单位分值 */
  perUnitPoints?: number | null | undefined;
  /** 调整后的分值上限 */
  pointsMax?: number | null | undefined;
  /** 调整后的分值下限 */
  pointsMin?: number | null | undefined;
  /** 理由 */
  reason?: string;
};

/** 设置可兑换积分规则（追加新版本；镇级规则优先于区级） */
export type SetPointsPolicyInput = {
  accountLevel: PointsAccountLevel;
  deductionsReduce: boolean;
  expiryMode: PointsExpiryMode;
  rate: number;
  resetMonthDay?: string | null | undefined;
  tracks: Array<ScoreTrack>;
  /** 区或镇 */
  unitId: string;
  validityMonths?: number | null | undefined;
};

/** 设置评分队伍（整份成员名单，形成新的任期；原名单保留为历史） */
export type SetScoringTeamInput = {
  /** 新名单生效日期（YYYY-MM-DD），默认今天 */
  effectiveFrom?: string | null | undefined;
  /** 全部成员 */
  members: Array<ScoringTeamMemberInput>;
  /** 队伍名称 */
  name: string;
  /** 队伍编号（1–3） */
  number: number;
  /** 村 */
  villageId: string;
};

/** 兑换点类型 */
export type ShopKind =
  /** 农业社会化服务中心 */
  | 'SERVICE_CENTRE'
  /** 信用超市 */
  | 'SUPERMARKET'
  /** 村级服务点 */
  | 'VILLAGE_SERVICE';

/** 签订契约：签订日期和见证人（填姓名，或选本村村民） */
export type SignContractInput = {
  id: string;
  /** 签订日期（YYYY-MM-DD） */
  signedOn: string;
  /** 见证人姓名 */
  witnessName?: string | null | undefined;
  /** 见证人（本村村民） */
  witnessResidentId?: string | null | undefined;
};

/** 主体类型 */
export type SubjectType =
  /** 党支部书记 */
  | 'BRANCH_SECRETARY'
  /** 村“两委”委员 */
  | 'COMMITTEE_MEMBER'
  /** “五老” */
  | 'ELDER'
  /** 信息员 */
  | 'INFO_COLLECTOR'
  /** 党员 */
  | 'PARTY_MEMBER'
  /** 村民代表 */
  | 'REPRESENTATIVE'
  /** 村民 */
  | 'VILLAGER'
  /** 村委会主任 */
  | 'VILLAGE_DIRECTOR'
  /** 志愿者 */
  | 'VOLUNTEER';

/** 解除已签订的契约（须写明原因） */
export type TerminateContractInput = {
  id: string;
  /** 解除原因 */
  reason: string;
  /** 解除日期（YYYY-MM-DD） */
  terminatedOn: string;
};

/** 修改草稿框架中的评价事项（整体替换） */
export type UpdateEvaluationItemInput = {
  item: ItemFieldsInput;
  itemId: string;
};

/** 修改草稿框架的评分规则 */
export type UpdateFrameworkRulesInput = {
  frameworkId: string;
  /** 允许镇调整分值的最大幅度（%） */
  maxAdjustmentPercent?: number | null | undefined;
  rules?: ScoreRulesInput | null | undefined;
  /** 标题 */
  title?: string | null | undefined;
};

/** 修改草稿手册的设置（未填写的保持不变） */
export type UpdateManualSettingsInput = {
  /** 补录期限（事项发生后几天内可登记） */
  lateEntryDays?: number | null | undefined;
  manualId: string;
  /** 公示天数 */
  noticeDays?: number | null | undefined;
  /** 异议答复期限（工作日） */
  objectionAnswerWorkingDays?: number | null | undefined;
  /** 村干部操作规程（Markdown） */
  procedure?: string | null | undefined;
  /** 每月最后几天为登记日 */
  registrationDays?: number | null | undefined;
  /** 标题 */
  title?: string | null | undefined;
  /** 村自定事项单项分值上限 */
  villageMaxItemPoints?: number | null | undefined;
  /** 村自定扣分项数量上限 */
  villageMaxNegativeItems?: number | null | undefined;
  /** 村自定加分项数量上限 */
  villageMaxPositiveItems?: number | null | undefined;
};

/** 修改村民的联系电话、所属户或网格；不传的字段不变，传 null 清空 */
export type UpdateResidentInput = {
  gridId?: string | null | undefined;
  householdId?: string | null | undefined;
  phone?: string | null | undefined;
  /** 与户主关系（户主本人不填） */
  relationToHead?: HouseholdRelation | null | undefined;
  residentId: string;
};

/** 修改草稿手册中的本镇事项（整体替换） */
export type UpdateTownItemInput = {
  item: ItemFieldsInput;
  itemId: string;
};

/** 修改草稿清单中的村自定事项（整体替换；已有的镇审批随之失效） */
export type UpdateVillageItemInput = {
  item: ItemFieldsInput;
  itemId: string;
};

/** 按分值大小确定的有效期：不超过某分值的记录有效若干月 */
export type ValidityRuleInput = {
  /** 分值（绝对值）不超过此数；不填表示更大的分值 */
  maxPoints?: number | null | undefined;
  /** 有效期（月） */
  months: number;
};

export type AccountLockoutLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AccountLockoutLoginMutation = { login: { accessToken: string } };

export type AccountsCreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type AccountsCreateVillageMutation = { createVillage: { id: string, name: string } };

export type AccountsCreateResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type AccountsCreateResidentMutation = { createResident: { id: string } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { username: string, roles: Array<{ role: Role, orgUnit: { name: string } }> } };

export type DeclareWithNoteMutationVariables = Exact<{
  input: DeclareActInput;
}>;


export type DeclareWithNoteMutation = { declareAct: { id: string } };

export type RenameForAuditMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;


export type RenameForAuditMutation = { renameOrgUnit: { id: string, name: string } };

export type AuditPageBytesQueryVariables = Exact<{
  limit: number;
  operation?: string | null | undefined;
}>;


export type AuditPageBytesQuery = { auditLog: { total: number, nextOffset: number | null, items: Array<{ detail: string }> } };

export type LoginAndAuditLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginAndAuditLoginMutation = { login: { accessToken: string } };

export type LoginThrottleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginThrottleLoginMutation = { login: { accessToken: string } };

export type TokenClaimsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenClaimsMeQuery = { me: { id: string } };

export type ChainImportMutationVariables = Exact<{
  input: ImportResidentsInput;
}>;


export type ChainImportMutation = { importResidents: { imported: number, householdsCreated: number, dryRun: boolean, rows: Array<{ row: number, ok: boolean, errors: Array<string> }> } };

export type ChainResidentsQueryVariables = Exact<{
  villageId: string;
  subjectType?: SubjectType | null | undefined;
  search?: string | null | undefined;
}>;


export type ChainResidentsQuery = { residents: { total: number, items: Array<{ id: string, name: string, grid: { code: string } | null, household: { code: string } | null, subjectRoles: Array<{ subjectType: SubjectType, probationary: boolean }> }> } };

export type ChainResidentQueryVariables = Exact<{
  id: string;
}>;


export type ChainResidentQuery = { resident: { id: string } };

export type ChainHouseholdsQueryVariables = Exact<{
  villageId: string;
}>;


export type ChainHouseholdsQuery = { households: { total: number, items: Array<{ code: string, headName: string | null, memberCount: number | null }> } };

export type ChainCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type ChainCreatePostMutation = { createPost: { id: string, name: string, gridId: string } };

export type ChainAssignMutationVariables = Exact<{
  input: AssignPostHolderInput;
}>;


export type ChainAssignMutation = { assignPostHolder: { id: string, resident: { id: string, name: string } } };

export type ChainPostsQueryVariables = Exact<{
  villageId: string;
}>;


export type ChainPostsQuery = { posts: { total: number, items: Array<{ id: string, name: string }> } };

export type ChainTermsQueryVariables = Exact<{
  id: string;
}>;


export type ChainTermsQuery = { postAssignments: Array<{ startDate: string, endDate: string | null, resident: { name: string } }> };

export type ChainSetTeamMutationVariables = Exact<{
  input: SetScoringTeamInput;
}>;


export type ChainSetTeamMutation = { setScoringTeam: { id: string, number: number, members: Array<{ kind: ScoringTeamMemberKind, resident: { id: string } }> } };

export type ChainTeamsQueryVariables = Exact<{
  villageId: string;
}>;


export type ChainTeamsQuery = { scoringTeams: Array<{ number: number, members: Array<{ kind: ScoringTeamMemberKind, resident: { name: string } }> }> };

export type ChainSetRotaMutationVariables = Exact<{
  input: SetCaptainRotaInput;
}>;


export type ChainSetRotaMutation = { setCaptainRota: { version: number } };

export type ChainCaptainOnQueryVariables = Exact<{
  villageId: string;
  teamNumber: number;
  date: string;
}>;


export type ChainCaptainOnQuery = { captainOn: { index: number, captain: { id: string, name: string } } };

export type ChainSetGovernanceMutationVariables = Exact<{
  input: SetGovernanceTeamInput;
}>;


export type ChainSetGovernanceMutation = { setGovernanceTeam: { version: number } };

export type ChainGovernanceQueryVariables = Exact<{
  villageId: string;
}>;


export type ChainGovernanceQuery = { governanceTeam: { version: number, effectiveFrom: string, leader: { dutyTitle: string, resident: { name: string } }, deputies: Array<{ dutyTitle: string, resident: { name: string } }>, workers: Array<{ fullTime: boolean | null, resident: { name: string } }> } | null };

export type ContractDatesGenerateMutationVariables = Exact<{
  input: GenerateContractDraftsInput;
}>;


export type ContractDatesGenerateMutation = { generateContractDrafts: { created: number } };

export type ContractDatesContractsQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
  colour?: ContractColour | null | undefined;
}>;


export type ContractDatesContractsQuery = { contracts: { items: Array<{ id: string, residentName: string | null }> } };

export type ContractDatesSignMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type ContractDatesSignMutation = { signContract: { id: string, status: ContractStatus, signedOn: string | null } };

export type ContractHistoryBatchPageQueryVariables = Exact<{
  v: string;
}>;


export type ContractHistoryBatchPageQuery = { contracts: { total: number, items: Array<{ id: string, history: Array<{ kind: ContractEventKind }> }> } };

export type ContractHistoryBatchOneQueryVariables = Exact<{
  id: string;
}>;


export type ContractHistoryBatchOneQuery = { contract: { history: Array<{ kind: ContractEventKind }> } };

export type ContractTemplatesFieldsFragment = { id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null };

export type ContractTemplatesTemplatesQueryVariables = Exact<{
  colour?: ContractColour | null | undefined;
  status?: ContractTemplateStatus | null | undefined;
}>;


export type ContractTemplatesTemplatesQuery = { contractTemplates: { total: number, items: Array<{ id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null }> } };

export type ContractTemplatesTemplateQueryVariables = Exact<{
  id: string;
}>;


export type ContractTemplatesTemplateQuery = { contractTemplate: { id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null } };

export type ContractTemplatesEffectiveQueryVariables = Exact<{
  villageId: string;
  colour: ContractColour;
}>;


export type ContractTemplatesEffectiveQuery = { effectiveContractTemplate: { title: string, clauses: Array<string>, itemCodes: Array<string>, newerBaseVersion: number | null, template: { id: string, version: number }, base: { id: string, version: number }, extension: { id: string } | null } | null };

export type ContractTemplatesCreateMutationVariables = Exact<{
  input: CreateContractTemplateInput;
}>;


export type ContractTemplatesCreateMutation = { createContractTemplate: { id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null } };

export type ContractTemplatesAddClauseMutationVariables = Exact<{
  input: AddContractClauseInput;
}>;


export type ContractTemplatesAddClauseMutation = { addContractClause: { id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null } };

export type ContractTemplatesSetItemsMutationVariables = Exact<{
  input: SetContractTemplateItemsInput;
}>;


export type ContractTemplatesSetItemsMutation = { setContractTemplateItems: { id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null } };

export type ContractTemplatesPublishMutationVariables = Exact<{
  id: string;
}>;


export type ContractTemplatesPublishMutation = { publishContractTemplate: { publishedAt: string | null, id: string, colour: ContractColour, title: string, clauses: Array<string>, itemCodes: Array<string>, version: number, status: ContractTemplateStatus, extendsTemplateId: string | null, townId: string | null } };

export type ContractsCreateTemplateMutationVariables = Exact<{
  input: CreateContractTemplateInput;
}>;


export type ContractsCreateTemplateMutation = { createContractTemplate: { id: string } };

export type ContractsPublishMutationVariables = Exact<{
  id: string;
}>;


export type ContractsPublishMutation = { publishContractTemplate: { id: string, status: ContractTemplateStatus } };

export type MyContractsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MyContractsQuery = { myContracts: Array<{ villageId: string, id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null }> };

export type CycleOpenMutationVariables = Exact<{
  v: string;
  y: number;
}>;


export type CycleOpenMutation = { openScoringYear: Array<{ id: string, kind: ScoringPeriodKind, number: number, status: ScoringPeriodStatus }> };

export type CycleRegisterMutationVariables = Exact<{
  input: RegisterActInput;
}>;


export type CycleRegisterMutation = { registerAct: { id: string, status: DeclarationStatus } };

export type CycleDeclareMutationVariables = Exact<{
  input: DeclareActInput;
}>;


export type CycleDeclareMutation = { declareAct: { id: string, status: DeclarationStatus } };

export type CycleReviewMutationVariables = Exact<{
  input: ReviewDeclarationInput;
}>;


export type CycleReviewMutation = { reviewDeclaration: { id: string, status: DeclarationStatus } };

export type CycleTallyMutationVariables = Exact<{
  p: string;
  r?: string | null | undefined;
}>;


export type CycleTallyMutation = { tallyPeriod: { id: string, version: number, residentCount: number, contentHash: string, ledgerSeq: number, ledgerAnchorHash: string, lines: Array<{ id: string, residentId: string, residentName: string, subjectTypes: Array<SubjectType>, probationary: boolean, creditPoints: number, creditScore: number, periodCreditPoints: number, roleDutyPoints: number | null, roleDutyScore: number | null, rankGroup: RankGroup, rank: number, vetoed: boolean, evaluation: { stars: number | null, starsNote: string | null, partyMember: { roleDutyScore: number, composite: number, grade: Grade | null, note: string | null, peerAverage: number | null, massAverage: number | null } | null, representative: { roleDutyScore: number, composite: number, grade: Grade | null, note: string | null, peerAverage: number | null, massAverage: number | null } | null } | null }> | null } };

export type CyclePublishMutationVariables = Exact<{
  p: string;
}>;


export type CyclePublishMutation = { publishTally: { id: string, startsOn: string, endsOn: string, open: boolean, periodLabel: string, tally: { id: string, version: number } } };

export type CycleFinalizeMutationVariables = Exact<{
  p: string;
}>;


export type CycleFinalizeMutation = { finalizePeriod: { id: string, status: ScoringPeriodStatus } };

export type CycleNoticeQueryVariables = Exact<{
  p: string;
}>;


export type CycleNoticeQuery = { publicNotice: { id: string, startsOn: string, endsOn: string, open: boolean, openObjections: number, tally: { id: string, version: number, lines: Array<{ id: string, residentId: string, residentName: string, creditScore: number, roleDutyScore: number | null, rankGroup: RankGroup, rank: number, evaluation: { stars: number | null, partyMember: { grade: Grade | null, composite: number, note: string | null } | null, representative: { grade: Grade | null, composite: number, note: string | null } | null } | null }> | null } } };

export type CycleVersionsQueryVariables = Exact<{
  p: string;
}>;


export type CycleVersionsQuery = { scoreTallies: Array<{ id: string, version: number, reason: string, contentHash: string }> };

export type CycleVerifyQueryVariables = Exact<{
  id: string;
}>;


export type CycleVerifyQuery = { verifyScoreTally: { valid: boolean, contentHashMatches: boolean, anchorMatches: boolean, chainValid: boolean, sumsMatch: boolean, problems: Array<string> } };

export type CycleRaiseMutationVariables = Exact<{
  input: RaiseObjectionInput;
}>;


export type CycleRaiseMutation = { raiseObjection: { id: string, status: ObjectionStatus, raisedOn: string, answerDueOn: string, overdue: boolean } };

export type CycleAnswerMutationVariables = Exact<{
  input: AnswerObjectionInput;
}>;


export type CycleAnswerMutation = { answerObjection: { id: string, status: ObjectionStatus, answer: string | null, answeredOn: string | null, answeredLate: boolean, correctionEntryIds: Array<string>, retallyId: string | null } };

export type CycleObjectionsQueryVariables = Exact<{
  p: string;
}>;


export type CycleObjectionsQuery = { objections: { total: number, items: Array<{ id: string, status: ObjectionStatus, overdue: boolean, answerDueOn: string }> } };

export type CycleInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type CycleInboxQuery = { myNotifications: { total: number, items: Array<{ kind: NotificationKind, title: string, body: string }> } };

export type QuarterlyNoticeOneTallyQueryVariables = Exact<{
  id: string;
}>;


export type QuarterlyNoticeOneTallyQuery = { scoreTally: { id: string } };

export type QuarterlyNoticeScoreQueryVariables = Exact<{
  r: string;
  y?: number | null | undefined;
  q?: number | null | undefined;
}>;


export type QuarterlyNoticeScoreQuery = { residentScore: { postedVersion: number | null, laterEntries: number, tracks: Array<{ track: ScoreTrack, score: number }>, entries: Array<{ itemCode: string, points: number }> } };

export type WholeYearRateMutationVariables = Exact<{
  input: RateAppraisalInput;
}>;


export type WholeYearRateMutation = { rateAppraisal: { id: string } };

export type WholeYearChainQueryVariables = Exact<{
  v: string;
}>;


export type WholeYearChainQuery = { ledgerChainCheck: { ok: boolean, entries: number } };

export type DemoIncentivesResidentsQueryVariables = Exact<{
  v: string;
}>;


export type DemoIncentivesResidentsQuery = { residents: { items: Array<{ id: string, name: string }> } };

export type DemoIncentivesShopsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoIncentivesShopsQuery = { shops: Array<{ id: string, name: string, kind: ShopKind, townShop: boolean, goods: Array<{ name: string, pricePoints: number, valueYuan: number | null, stock: number, unlimited: boolean, isService: boolean, limitPerPerson: number | null }> }> };

export type DemoIncentivesShopRedemptionsQueryVariables = Exact<{
  s: string;
}>;


export type DemoIncentivesShopRedemptionsQuery = { shopRedemptions: Array<{ goodsName: string, status: RedemptionStatus, points: number, onBehalf: boolean, residentConfirmation: string | null, pickupCode: string }> };

export type DemoIncentivesMyRedemptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoIncentivesMyRedemptionsQuery = { myRedemptions: Array<{ shopId: string, goodsName: string, status: RedemptionStatus, pickupCode: string, pickupBy: string }> };

export type DemoIncentivesConfirmPickupMutationVariables = Exact<{
  input: ConfirmPickupInput;
}>;


export type DemoIncentivesConfirmPickupMutation = { confirmPickup: { status: RedemptionStatus, goodsName: string } };

export type DemoIncentivesResidentPointsQueryVariables = Exact<{
  r: string;
}>;


export type DemoIncentivesResidentPointsQuery = { residentPoints: { balance: number, movements: Array<{ kind: PointsMovementKind, points: number, occurredOn: string }> } };

export type DemoIncentivesPointsChainQueryVariables = Exact<{
  v: string;
}>;


export type DemoIncentivesPointsChainQuery = { checkPointsChain: { ok: boolean, balancesMatch: boolean, entries: number } };

export type DemoIncentivesNominationsQueryVariables = Exact<{
  t: string;
  year: number;
}>;


export type DemoIncentivesNominationsQuery = { honourNominations: Array<{ residentName: string, honourName: string, status: NominationStatus, decisionReason: string | null }> };

export type DemoIncentivesCasesQueryVariables = Exact<{
  v: string;
  year: number;
}>;


export type DemoIncentivesCasesQuery = { constraintCases: Array<{ id: string, kind: CaseKind, residentName: string, outcome: CaseOutcome | null, outcomeOn: string | null, mentorResidentId: string | null }> };

export type DemoIncentivesByElectionsQueryVariables = Exact<{
  v: string;
}>;


export type DemoIncentivesByElectionsQuery = { byElections: Array<{ caseId: string, status: ByElectionStatus, termEnd: string | null }> };

export type DemoIncentivesVisitsQueryVariables = Exact<{
  c: string;
}>;


export type DemoIncentivesVisitsQuery = { mentoringVisits: Array<{ visitedOn: string, note: string }> };

export type DemoIncentivesPeriodsQueryVariables = Exact<{
  v: string;
  year: number;
}>;


export type DemoIncentivesPeriodsQuery = { scoringPeriods: Array<{ id: string, kind: ScoringPeriodKind, number: number }> };

export type DemoIncentivesNoticeRolesQueryVariables = Exact<{
  p: string;
}>;


export type DemoIncentivesNoticeRolesQuery = { publicNotice: { tally: { lines: Array<{ residentName: string, subjectTypes: Array<SubjectType> }> | null } } };

export type DemoIncentivesPayoutPlansQueryVariables = Exact<{
  v: string;
  year: number;
}>;


export type DemoIncentivesPayoutPlansQuery = { payoutPlans: Array<{ title: string, status: PayoutPlanStatus, periodKind: string, periodNumber: number, yuanPerPoint: number, totalYuan: number, votePresent: number | null, voteFor: number | null, votedOn: string | null, paidOn: string | null, lines: Array<{ residentName: string, basisPoints: number, amountYuan: number }> }> };

export type DemoQuarterEntriesQueryVariables = Exact<{
  r: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DemoQuarterEntriesQuery = { ledgerEntries: { items: Array<{ id: string, itemCode: string, kind: LedgerEntryKind }> } };

export type DemoVillagePeopleQueryVariables = Exact<{
  v: string;
  captainOn: string;
}>;


export type DemoVillagePeopleQuery = { residents: { total: number }, partyMembers: { total: number }, grids: Array<{ id: string, name: string }>, posts: { total: number, items: Array<{ holders: Array<{ id: string }> }> }, scoringTeams: Array<{ number: number, members: Array<{ kind: ScoringTeamMemberKind }> }>, governanceTeam: { deputies: Array<{ dutyTitle: string }> } | null, captainOn: { captain: { name: string } } };

export type E2eTallyNoticeLinesQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type E2eTallyNoticeLinesQuery = { scoringPeriods: Array<{ id: string, kind: ScoringPeriodKind, status: ScoringPeriodStatus }> };

export type E2eTallyNoticeQueryVariables = Exact<{
  p: string;
}>;


export type E2eTallyNoticeQuery = { publicNotice: { endsOn: string, tally: { lines: Array<{ id: string, residentName: string }> | null } } };

export type AppraisalSampleFieldsFragment = { id: string, villageId: string, year: number, position: number, sampleSize: number, residentId: string, residentName: string, subjectTypes: Array<SubjectType>, drawnBy: string, finding: SampleFinding | null, findingNote: string | null, findingBy: string | null };

export type AppraisalRateMutationVariables = Exact<{
  input: RateAppraisalInput;
}>;


export type AppraisalRateMutation = { rateAppraisal: { id: string, villageId: string, year: number, rateeResidentId: string, subjectType: SubjectType, raterKind: AppraisalRaterKind, raterResidentId: string, rating: number, comment: string | null } };

export type AppraisalSummaryQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type AppraisalSummaryQuery = { appraisalSummary: Array<{ rateeResidentId: string, rateeName: string, subjectType: SubjectType, peerCount: number, peerAverage: number | null, massCount: number, massAverage: number | null }> };

export type AppraisalRatingsQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type AppraisalRatingsQuery = { appraisalRatings: Array<{ id: string, villageId: string, year: number, rateeResidentId: string, subjectType: SubjectType, raterKind: AppraisalRaterKind, raterResidentId: string, rating: number, comment: string | null }> };

export type AppraisalDrawMutationVariables = Exact<{
  villageId: string;
  year: number;
  size: number;
}>;


export type AppraisalDrawMutation = { drawAppraisalSample: Array<{ id: string, villageId: string, year: number, position: number, sampleSize: number, residentId: string, residentName: string, subjectTypes: Array<SubjectType>, drawnBy: string, finding: SampleFinding | null, findingNote: string | null, findingBy: string | null }> };

export type AppraisalFindingMutationVariables = Exact<{
  sampleId: string;
  finding: SampleFinding;
  note?: string | null | undefined;
}>;


export type AppraisalFindingMutation = { recordSampleFinding: { id: string, villageId: string, year: number, position: number, sampleSize: number, residentId: string, residentName: string, subjectTypes: Array<SubjectType>, drawnBy: string, finding: SampleFinding | null, findingNote: string | null, findingBy: string | null } };

export type AppraisalSampleQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type AppraisalSampleQuery = { appraisalSample: Array<{ id: string, villageId: string, year: number, position: number, sampleSize: number, residentId: string, residentName: string, subjectTypes: Array<SubjectType>, drawnBy: string, finding: SampleFinding | null, findingNote: string | null, findingBy: string | null }> };

export type AppraisalFrameworkRulesQueryVariables = Exact<{
  id: string;
}>;


export type AppraisalFrameworkRulesQuery = { framework: { rules: { peerAppraisalWeight: number, massAppraisalWeight: number, excellentMin: number } } };

export type AppraisalUpdateRulesMutationVariables = Exact<{
  input: UpdateFrameworkRulesInput;
}>;


export type AppraisalUpdateRulesMutation = { updateFrameworkRules: { rules: { peerAppraisalWeight: number, massAppraisalWeight: number, excellentMin: number } } };

export type CadreYearTalliesQueryVariables = Exact<{
  p: string;
}>;


export type CadreYearTalliesQuery = { scoreTallies: Array<{ id: string }> };

export type CadreTallyQueryVariables = Exact<{
  id: string;
}>;


export type CadreTallyQuery = { scoreTally: { lines: Array<{ residentName: string, roleDutyScore: number | null, evaluation: { cadre: { composite: number, grade: Grade | null } | null, partyMember: { grade: Grade | null } | null } | null }> | null } };

export type DistrictRecordScoreQueryVariables = Exact<{
  id: string;
}>;


export type DistrictRecordScoreQuery = { residentScore: { tracks: Array<{ track: ScoreTrack, score: number }>, districtRecord: { score: number, letterGrade: string | null, entryCount: number } | null } };

export type DistrictRecordTalliesQueryVariables = Exact<{
  p: string;
}>;


export type DistrictRecordTalliesQuery = { scoreTallies: Array<{ id: string }> };

export type DistrictRecordTallyQueryVariables = Exact<{
  id: string;
}>;


export type DistrictRecordTallyQuery = { scoreTally: { lines: Array<{ residentName: string, creditScore: number, evaluation: { stars: number | null, districtRecord: { score: number, letterGrade: string | null } | null } | null }> | null } };

export type DraftPreviewOfTownQueryVariables = Exact<{
  manualId?: string | null | undefined;
  frameworkId?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type DraftPreviewOfTownQuery = { draftPreview: { draftKind: PreviewDraftKind, draftId: string, draftVersion: number, year: number, changedItems: Array<{ code: string, currentRule: string, draftRule: string | null, villages: number }>, villages: Array<{ villageId: string, townId: string, hasList: boolean, residents: number, rescoredEntries: number, changedPeople: number, scoreChangedPeople: number, current: { averageCreditScore: number | null, partyMemberGrades: { excellent: number, qualified: number, basic: number, unqualified: number }, stars: Array<{ stars: number, count: number }> } | null, draft: { averageCreditScore: number | null, partyMemberGrades: { excellent: number, qualified: number, basic: number, unqualified: number }, stars: Array<{ stars: number, count: number }> } | null }> } };

export type DraftPreviewPeopleOfVillageQueryVariables = Exact<{
  manualId?: string | null | undefined;
  frameworkId?: string | null | undefined;
  villageId: string;
  onlyChanged: boolean;
}>;


export type DraftPreviewPeopleOfVillageQuery = { draftPreviewPeople: { total: number, village: { changedPeople: number }, items: Array<{ residentId: string, residentName: string, gradeChanged: boolean, starsChanged: boolean, scoreChanged: boolean, current: { creditScore: number, roleDutyScore: number | null, evaluation: { stars: number | null, partyMember: { composite: number, grade: Grade | null } | null } }, draft: { creditScore: number, roleDutyScore: number | null, evaluation: { stars: number | null, partyMember: { composite: number, grade: Grade | null } | null } }, items: Array<{ itemCode: string, entries: number, recordedPoints: number, draftPoints: number }> }> } };

export type DraftPreviewResidentScoreQueryVariables = Exact<{
  id: string;
  year?: number | null | undefined;
}>;


export type DraftPreviewResidentScoreQuery = { residentScore: { tracks: Array<{ track: ScoreTrack, score: number, entryCount: number }> } };

export type JudgementYearLinesQueryVariables = Exact<{
  p: string;
}>;


export type JudgementYearLinesQuery = { scoreTallies: Array<{ id: string }> };

export type JudgementTallyQueryVariables = Exact<{
  id: string;
}>;


export type JudgementTallyQuery = { scoreTally: { lines: Array<{ residentName: string, creditScore: number, evaluation: { stars: number | null, starsNote: string | null, partyMember: { grade: Grade | null, note: string | null } | null } | null }> | null } };

export type JudgementRepairMutationVariables = Exact<{
  input: RepairCreditInput;
}>;


export type JudgementRepairMutation = { repairCredit: { points: number, ruleNote: string | null } };

export type SetGovernanceTeamMutationVariables = Exact<{
  input: SetGovernanceTeamInput;
}>;


export type SetGovernanceTeamMutation = { setGovernanceTeam: { id: string, version: number, leader: { dutyTitle: string, resident: { id: string } }, deputies: Array<{ dutyTitle: string, resident: { id: string } }>, workers: Array<{ fullTime: boolean | null, resident: { id: string } }> } };

export type GovernanceTeamQueryVariables = Exact<{
  villageId: string;
}>;


export type GovernanceTeamQuery = { governanceTeam: { version: number, effectiveFrom: string, leader: { role: GovernanceRole, dutyTitle: string, resident: { id: string, name: string } }, deputies: Array<{ role: GovernanceRole, dutyTitle: string, resident: { id: string } }>, workers: Array<{ role: GovernanceRole, dutyTitle: string, fullTime: boolean | null, resident: { id: string } }> } | null };

export type GridsIsolationPostsQueryVariables = Exact<{
  villageId: string;
}>;


export type GridsIsolationPostsQuery = { posts: { total: number, items: Array<{ id: string, holders: Array<{ id: string }> }> } };

export type GridsIsolationPostQueryVariables = Exact<{
  id: string;
}>;


export type GridsIsolationPostQuery = { post: { id: string } };

export type GridsIsolationTeamsQueryVariables = Exact<{
  villageId: string;
}>;


export type GridsIsolationTeamsQuery = { scoringTeams: Array<{ id: string, members: Array<{ kind: ScoringTeamMemberKind }> }> };

export type GridsIsolationCaptainOnQueryVariables = Exact<{
  villageId: string;
}>;


export type GridsIsolationCaptainOnQuery = { captainOn: { captain: { id: string } } };

export type GridsIsolationGovernanceQueryVariables = Exact<{
  villageId: string;
}>;


export type GridsIsolationGovernanceQuery = { governanceTeam: { version: number } | null };

export type GridsIsolationHistoryQueryVariables = Exact<{
  id: string;
}>;


export type GridsIsolationHistoryQuery = { postAssignments: Array<{ id: string }> };

export type GridsIsolationRotasQueryVariables = Exact<{
  id: string;
}>;


export type GridsIsolationRotasQuery = { captainRotas: Array<{ version: number }> };

export type GridsIsolationCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type GridsIsolationCreatePostMutation = { createPost: { id: string } };

export type GridsIsolationAssignMutationVariables = Exact<{
  input: AssignPostHolderInput;
}>;


export type GridsIsolationAssignMutation = { assignPostHolder: { id: string } };

export type GridsIsolationEndMutationVariables = Exact<{
  input: EndPostAssignmentInput;
}>;


export type GridsIsolationEndMutation = { endPostAssignment: { id: string } };

export type GridsIsolationSetTeamMutationVariables = Exact<{
  input: SetScoringTeamInput;
}>;


export type GridsIsolationSetTeamMutation = { setScoringTeam: { id: string } };

export type GridsIsolationSetRotaMutationVariables = Exact<{
  input: SetCaptainRotaInput;
}>;


export type GridsIsolationSetRotaMutation = { setCaptainRota: { id: string } };

export type GridsIsolationSetGovMutationVariables = Exact<{
  input: SetGovernanceTeamInput;
}>;


export type GridsIsolationSetGovMutation = { setGovernanceTeam: { id: string } };

export type PostsCreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type PostsCreatePostMutation = { createPost: { id: string, name: string, gridId: string, villageId: string, itemCodes: Array<string>, holders: Array<{ id: string }> } };

export type PostsAssignMutationVariables = Exact<{
  input: AssignPostHolderInput;
}>;


export type PostsAssignMutation = { assignPostHolder: { id: string, startDate: string, endDate: string | null, resident: { id: string, name: string } } };

export type PostsEndMutationVariables = Exact<{
  input: EndPostAssignmentInput;
}>;


export type PostsEndMutation = { endPostAssignment: { id: string, endDate: string | null, endReason: string | null } };

export type PostsPostsQueryVariables = Exact<{
  villageId: string;
  gridId?: string | null | undefined;
}>;


export type PostsPostsQuery = { posts: { total: number, items: Array<{ id: string, name: string, holders: Array<{ startDate: string, resident: { id: string, name: string } }> }> } };

export type PostsPostQueryVariables = Exact<{
  id: string;
}>;


export type PostsPostQuery = { post: { id: string, name: string, duties: string, holders: Array<{ id: string, endDate: string | null, resident: { id: string } }> } };

export type PostsHistoryQueryVariables = Exact<{
  id: string;
}>;


export type PostsHistoryQuery = { postAssignments: Array<{ startDate: string, endDate: string | null, endReason: string | null, resident: { id: string } }> };

export type ScoringTeamsSetTeamMutationVariables = Exact<{
  input: SetScoringTeamInput;
}>;


export type ScoringTeamsSetTeamMutation = { setScoringTeam: { id: string, number: number, name: string, members: Array<{ kind: ScoringTeamMemberKind, resident: { id: string, name: string } }> } };

export type ScoringTeamsTeamsQueryVariables = Exact<{
  villageId: string;
}>;


export type ScoringTeamsTeamsQuery = { scoringTeams: Array<{ id: string, number: number, name: string, members: Array<{ kind: ScoringTeamMemberKind, startDate: string, resident: { id: string } }> }> };

export type ScoringTeamsSetRotaMutationVariables = Exact<{
  input: SetCaptainRotaInput;
}>;


export type ScoringTeamsSetRotaMutation = { setCaptainRota: { id: string, version: number, startsOn: string, periodDays: number, captains: Array<{ id: string }> } };

export type ScoringTeamsCaptainOnQueryVariables = Exact<{
  villageId: string;
  teamNumber: number;
  date: string;
}>;


export type ScoringTeamsCaptainOnQuery = { captainOn: { rotaVersion: number, index: number, captain: { id: string, name: string } } };

export type ScoringTeamsRotasQueryVariables = Exact<{
  id: string;
}>;


export type ScoringTeamsRotasQuery = { captainRotas: Array<{ version: number, startsOn: string, periodDays: number, captains: Array<{ id: string }> }> };

export type SeedDemoGridsTeamsQueryVariables = Exact<{
  villageId: string;
}>;


export type SeedDemoGridsTeamsQuery = { scoringTeams: Array<{ number: number, members: Array<{ kind: ScoringTeamMemberKind, resident: { id: string } }> }> };

export type SeedDemoGridsCaptainOnQueryVariables = Exact<{
  villageId: string;
  n: number;
  date: string;
}>;


export type SeedDemoGridsCaptainOnQuery = { captainOn: { index: number, captain: { id: string } } };

export type SeedDemoGridsGovernanceQueryVariables = Exact<{
  villageId: string;
}>;


export type SeedDemoGridsGovernanceQuery = { governanceTeam: { leader: { dutyTitle: string }, deputies: Array<{ dutyTitle: string }> } | null };

export type CasesOpenMutationVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type CasesOpenMutation = { openYearCases: Array<{ id: string, kind: CaseKind, residentId: string, residentName: string, deadline: string | null, overdue: boolean, outcome: CaseOutcome | null }> };

export type CasesListQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type CasesListQuery = { constraintCases: Array<{ id: string, kind: CaseKind, residentId: string, overdue: boolean, outcome: CaseOutcome | null, mentorResidentId: string | null }> };

export type CasesCloseMutationVariables = Exact<{
  input: CloseConstraintCaseInput;
}>;


export type CasesCloseMutation = { closeConstraintCase: { id: string, outcome: CaseOutcome | null, outcomeText: string | null, outcomeOn: string | null } };

export type CasesByElectionsQueryVariables = Exact<{
  villageId: string;
}>;


export type CasesByElectionsQuery = { byElections: Array<{ id: string, caseId: string, householdIds: Array<string>, termEnd: string | null, status: ByElectionStatus }> };

export type CasesElectMutationVariables = Exact<{
  input: RecordByElectionInput;
}>;


export type CasesElectMutation = { recordByElection: { status: ByElectionStatus, electedResidentId: string | null, electedRoleId: string | null } };

export type CasesAssignMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type CasesAssignMutation = { assignMentor: { mentorResidentId: string | null } };

export type CasesVisitMutationVariables = Exact<{
  input: RecordMentoringVisitInput;
}>;


export type CasesVisitMutation = { recordMentoringVisit: { id: string, visitedOn: string } };

export type CasesVisitsQueryVariables = Exact<{
  caseId: string;
}>;


export type CasesVisitsQuery = { mentoringVisits: Array<{ visitedOn: string, note: string, agreedImprovement: string }> };

export type CasesGenerateContractsMutationVariables = Exact<{
  input: GenerateContractDraftsInput;
}>;


export type CasesGenerateContractsMutation = { generateContractDrafts: { created: number } };

export type CasesContractsQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
  colour?: ContractColour | null | undefined;
}>;


export type CasesContractsQuery = { contracts: { items: Array<{ id: string, residentName: string | null }> } };

export type CasesSignMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type CasesSignMutation = { signContract: { status: ContractStatus } };

export type HonourCreateTypeMutationVariables = Exact<{
  input: CreateHonourTypeInput;
}>;


export type HonourCreateTypeMutation = { createHonourType: { id: string, name: string, minStars: number | null } };

export type HonourTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type HonourTypesQuery = { honourTypes: Array<{ id: string, name: string }> };

export type HonourNominateMutationVariables = Exact<{
  input: NominateHonourInput;
}>;


export type HonourNominateMutation = { nominateHonour: { id: string, status: NominationStatus, stars: number | null, honourName: string, residentName: string } };

export type HonourDecideMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type HonourDecideMutation = { decideHonourNomination: { id: string, status: NominationStatus, decisionReason: string | null } };

export type HonourPublishMutationVariables = Exact<{
  townId: string;
  year: number;
}>;


export type HonourPublishMutation = { publishHonourList: { id: string, honourCount: number } };

export type HonourNominationsQueryVariables = Exact<{
  villageId?: string | null | undefined;
  townId?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type HonourNominationsQuery = { honourNominations: Array<{ id: string, residentName: string, status: NominationStatus }> };

export type HonourResidentHonoursQueryVariables = Exact<{
  residentId: string;
}>;


export type HonourResidentHonoursQuery = { residentHonours: Array<{ honourName: string, year: number, status: NominationStatus }> };

export type HonourMineQueryVariables = Exact<{ [key: string]: never; }>;


export type HonourMineQuery = { myHonours: Array<{ honourName: string, year: number }> };

export type MyVisitsCasesQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type MyVisitsCasesQuery = { constraintCases: Array<{ id: string, kind: CaseKind, residentId: string }> };

export type MyVisitsAssignMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type MyVisitsAssignMutation = { assignMentor: { id: string } };

export type MyVisitsRecordMutationVariables = Exact<{
  input: RecordMentoringVisitInput;
}>;


export type MyVisitsRecordMutation = { recordMentoringVisit: { id: string } };

export type MyVisitsOfCaseQueryVariables = Exact<{
  caseId: string;
}>;


export type MyVisitsOfCaseQuery = { mentoringVisits: Array<{ id: string }> };

export type MyVisitsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVisitsMineQuery = { myMentoringVisits: Array<{ id: string, visitedOn: string, note: string, agreedImprovement: string }> };

export type PayoutDraftMutationVariables = Exact<{
  input: DraftPayoutPlanInput;
}>;


export type PayoutDraftMutation = { draftPayoutPlan: { id: string, status: PayoutPlanStatus, totalYuan: number, lineCount: number, digest: string, tallyLines: Array<{ position: number, residentId: string, residentName: string, basisPoints: number, amountYuan: number }> } };

export type PayoutVoteMutationVariables = Exact<{
  input: RecordPayoutVoteInput;
}>;


export type PayoutVoteMutation = { recordPayoutVote: { id: string, status: PayoutPlanStatus, votePresent: number | null, voteFor: number | null } };

export type PayoutPostMutationVariables = Exact<{
  planId: string;
}>;


export type PayoutPostMutation = { postPayoutPlan: { id: string, status: PayoutPlanStatus, postedAt: string | null } };

export type PayoutPaidMutationVariables = Exact<{
  input: MarkPayoutPaidInput;
}>;


export type PayoutPaidMutation = { markPayoutPaid: { id: string, status: PayoutPlanStatus, paidOn: string | null } };

export type PayoutPlansQueryVariables = Exact<{
  villageId: string;
}>;


export type PayoutPlansQuery = { payoutPlans: Array<{ id: string, status: PayoutPlanStatus, events: Array<{ status: PayoutPlanStatus, note: string | null }> }> };

export type PayoutPlanQueryVariables = Exact<{
  id: string;
}>;


export type PayoutPlanQuery = { payoutPlan: { id: string, status: PayoutPlanStatus } };

export type RedeemForMutationVariables = Exact<{
  input: ReserveRedemptionForInput;
}>;


export type RedeemForMutation = { reserveRedemptionFor: { id: string, status: RedemptionStatus, points: number, residentId: string, pickupCode: string } };

export type RedeemOwnMutationVariables = Exact<{
  input: ReserveRedemptionInput;
}>;


export type RedeemOwnMutation = { reserveRedemption: { id: string, status: RedemptionStatus, points: number, pickupCode: string } };

export type RedeemMyShopsQueryVariables = Exact<{ [key: string]: never; }>;


export type RedeemMyShopsQuery = { myShops: { balance: number, shops: Array<{ shop: { id: string, name: string, townShop: boolean }, offers: Array<{ canRedeem: boolean, whyNot: string | null, goods: { id: string } }> }> } };

export type RedeemMyPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type RedeemMyPointsQuery = { myPoints: { balance: number, lots: Array<{ id: string, amount: number, remaining: number, expiresOn: string | null }>, movements: Array<{ kind: PointsMovementKind, points: number, lotId: string | null }> } };

export type RedeemPickupMutationVariables = Exact<{
  input: ConfirmPickupInput;
}>;


export type RedeemPickupMutation = { confirmPickup: { id: string, status: RedemptionStatus } };

export type RedeemSetPolicyMutationVariables = Exact<{
  input: SetPointsPolicyInput;
}>;


export type RedeemSetPolicyMutation = { setPointsPolicy: { expiryMode: PointsExpiryMode, validityMonths: number | null } };

export type InboxInboxQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type InboxInboxQuery = { myNotifications: { total: number, unreadCount: number, items: Array<{ id: string, kind: NotificationKind, kindLabel: string, title: string, body: string, read: boolean, readAt: string | null, link: { entityType: string, id: string } | null }> } };

export type InboxMarkMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type InboxMarkMutation = { markNotificationsRead: Array<{ id: string, read: boolean, readAt: string | null }> };

export type InboxMarkAllMutationVariables = Exact<{ [key: string]: never; }>;


export type InboxMarkAllMutation = { markAllNotificationsRead: number };

export type ReviewerInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewerInboxQuery = { myNotifications: { items: Array<{ kind: NotificationKind, title: string, body: string, link: { entityType: string, id: string } | null }> } };

export type ReviewerInboxRaiseMutationVariables = Exact<{
  input: RaiseObjectionInput;
}>;


export type ReviewerInboxRaiseMutation = { raiseObjection: { id: string, answerDueOn: string } };

export type ActivityCreateMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type ActivityCreateMutation = { createVolunteerActivity: { id: string, checkInCode: string, status: string } };

export type ActivityCheckInMutationVariables = Exact<{
  code: string;
}>;


export type ActivityCheckInMutation = { checkInVolunteer: { activityTitle: string, hours: number } };

export type ActivityRegisterMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type ActivityRegisterMutation = { registerVolunteer: { residentName: string, hours: number } };

export type ActivityCloseMutationVariables = Exact<{
  activityId: string;
}>;


export type ActivityCloseMutation = { closeVolunteerActivity: { status: string } };

export type ActivityReadQueryVariables = Exact<{
  id: string;
}>;


export type ActivityReadQuery = { volunteerActivity: { participants: Array<{ residentName: string, channel: string, hours: number, declarationId: string | null }> } };

export type PhotoActivityCreateMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type PhotoActivityCreateMutation = { createVolunteerActivity: { id: string } };

export type PhotoActivityRegisterMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type PhotoActivityRegisterMutation = { registerVolunteer: { residentName: string } };

export type PhotoActivityAddMutationVariables = Exact<{
  input: AddActivityPhotoInput;
}>;


export type PhotoActivityAddMutation = { addVolunteerActivityPhoto: { id: string, sha256: string, sizeBytes: number } };

export type PhotoRegisterActMutationVariables = Exact<{
  input: RegisterActInput;
}>;


export type PhotoRegisterActMutation = { registerAct: { id: string } };

export type PhotoActivityCloseMutationVariables = Exact<{
  activityId: string;
}>;


export type PhotoActivityCloseMutation = { closeVolunteerActivity: { status: string, photos: Array<{ sha256: string }>, participants: Array<{ declarationId: string | null }> } };

export type AnomalyAlertsQueryVariables = Exact<{
  unitId: string;
  status?: AnomalyAlertStatus | null | undefined;
  kind?: AnomalyKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type AnomalyAlertsQuery = { anomalyAlerts: { total: number, items: Array<{ id: string, kind: AnomalyKind, villageId: string, villageName: string, subjectKind: AnomalySubjectKind, subjectId: string, subjectName: string, periodLabel: string, occurredOn: string, summary: string, evidence: string, declarationIds: Array<string>, residentIds: Array<string>, status: AnomalyAlertStatus, resolution: { resolution: AnomalyResolution, note: string, resolvedByName: string } | null }> } };

export type AnomalyResolveMutationVariables = Exact<{
  input: ResolveAnomalyAlertInput;
}>;


export type AnomalyResolveMutation = { resolveAnomalyAlert: { id: string, status: AnomalyAlertStatus, resolution: { resolution: AnomalyResolution, note: string, resolvedByName: string } | null } };

export type AnomalyCorrectionProposeMutationVariables = Exact<{
  input: ProposeLedgerCorrectionInput;
}>;


export type AnomalyCorrectionProposeMutation = { proposeLedgerCorrection: { id: string } };

export type AnomalyCorrectionConfirmMutationVariables = Exact<{
  id: string;
}>;


export type AnomalyCorrectionConfirmMutation = { confirmLedgerCorrection: { id: string, status: LedgerCorrectionStatus } };

export type DashboardOfQueryVariables = Exact<{
  unitId: string;
  year: number;
  kind: DashboardPeriodKind;
  number: number;
}>;


export type DashboardOfQuery = { dashboard: { unitName: string, childLevel: OrgLevel, rows: Array<{ unitId: string, unitName: string, values: Array<{ key: string, value: number | null, previous: number | null }> }>, total: { values: Array<{ key: string, value: number | null }> } } };

export type FairnessOfQueryVariables = Exact<{
  villageId: string;
  year: number;
  kind: DashboardPeriodKind;
  number: number;
}>;


export type FairnessOfQuery = { fairnessView: { villageName: string, periodLabel: string, startsOn: string, endsOn: string, scoreSource: FairnessScoreSource, scoreNote: string, outlierRule: string, village: { residents: number, deductions: number, deductionsPer100: number | null }, dimensions: Array<{ key: FairnessDimensionKey, label: string, groups: Array<{ key: string, label: string, residents: number, scoredResidents: number, averageCreditScore: number | null, deductions: number, deductionPoints: number, deductionsPer100: number | null, objectionsRaised: number, objectionsUpheld: number, check: { zScore: number | null, flagged: boolean, deviation: FairnessDeviation | null, reason: string } | null }> }>, reviewers: Array<{ accountId: string, displayName: string, entriesApproved: number, deductions: number, deductionShare: number | null, check: { zScore: number | null, flagged: boolean, deviation: FairnessDeviation | null, reason: string } }>, reviewerTotal: { entriesApproved: number, deductions: number, deductionShare: number | null } } };

export type MeetingCreateMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type MeetingCreateMutation = { createMeeting: { id: string, status: string, expectedAttendees: Array<{ residentId: string, residentName: string }> } };

export type MeetingRecordMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type MeetingRecordMutation = { recordMeeting: { id: string, status: string, attendance: Array<{ residentName: string, status: AttendanceStatus, declarationId: string | null }> } };

export type MeetingReadQueryVariables = Exact<{
  id: string;
}>;


export type MeetingReadQuery = { meeting: { id: string } };

export type MeetingRatesQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type MeetingRatesQuery = { meetingAttendanceRates: Array<{ type: MeetingType, quarter: number, meetings: number, expected: number, present: number, excused: number, absent: number, rate: number | null }> };

export type MeetingDashboardQueryVariables = Exact<{
  unitId: string;
  year: number;
}>;


export type MeetingDashboardQuery = { dashboard: { rows: Array<{ values: Array<{ key: string, value: number | null }> }> } };

export type OutcomeRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type OutcomeRecordMutation = { recordOutcome: { id: string, kind: OutcomeKind, occurredOn: string, amountYuan: number | null, counts: boolean, recordedByName: string } };

export type OutcomeCorrectMutationVariables = Exact<{
  input: CorrectOutcomeInput;
}>;


export type OutcomeCorrectMutation = { correctOutcome: { id: string, correctsId: string | null, amountYuan: number | null, withdrawn: boolean } };

export type OutcomeRecordsQueryVariables = Exact<{
  unitId: string;
  year: number;
}>;


export type OutcomeRecordsQuery = { outcomeRecords: Array<{ id: string, kind: OutcomeKind, counts: boolean, correctedById: string | null }> };

export type OutcomeDashboardQueryVariables = Exact<{
  unitId: string;
  year: number;
}>;


export type OutcomeDashboardQuery = { dashboard: { rows: Array<{ unitId: string, values: Array<{ key: string, value: number | null }> }>, total: { values: Array<{ key: string, value: number | null }> } } };

export type PublicNoticeReadQueryVariables = Exact<{
  id: string;
}>;


export type PublicNoticeReadQuery = { publicArtefact: { artefactId: string, kind: ArtefactKind, title: string, canonical: string, digest: string, seq: number, entryHash: string, checkpoint: { id: string, seq: number, rootHash: string, publicKey: string, signature: string, countersigns: Array<{ unitName: string, capacity: string, signerName: string }> } | null } };

export type PublicNoticeVerifyQueryVariables = Exact<{
  id: string;
  seq?: number | null | undefined;
  root?: string | null | undefined;
}>;


export type PublicNoticeVerifyQuery = { verifyPublicArtefact: { inLog: boolean, unchanged: boolean, chainIntact: boolean, checkpointsValid: boolean, printedCheckpointConsistent: boolean | null, problems: Array<string> } };

export type PublicNoticePublishedQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicNoticePublishedQuery = { publishedArtefacts: Array<{ artefactId: string, kind: ArtefactKind, villageId: string | null }> };

export type PublicNoticeCountersignMutationVariables = Exact<{
  input: CountersignCheckpointInput;
}>;


export type PublicNoticeCountersignMutation = { countersignCheckpoint: { unitName: string, capacity: string, signerName: string } };

export type GridsHouseholdsCreateGridMutationVariables = Exact<{
  input: CreateGridInput;
}>;


export type GridsHouseholdsCreateGridMutation = { createGrid: { id: string, code: string, name: string, leaderName: string | null } };

export type GridsHouseholdsSetLeaderMutationVariables = Exact<{
  input: SetGridLeaderInput;
}>;


export type GridsHouseholdsSetLeaderMutation = { setGridLeader: { id: string, leaderResidentId: string | null, leaderName: string | null } };

export type GridsHouseholdsCreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type GridsHouseholdsCreateHouseholdMutation = { createHousehold: { id: string, code: string, gridId: string | null, headName: string | null } };

export type GridsHouseholdsSetHeadMutationVariables = Exact<{
  input: SetHouseholdHeadInput;
}>;


export type GridsHouseholdsSetHeadMutation = { setHouseholdHead: { id: string, headResidentId: string | null, headName: string | null } };

export type GridsHouseholdsCreateResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type GridsHouseholdsCreateResidentMutation = { createResident: { id: string, gridId: string | null, household: { id: string } | null } };

export type GridsHouseholdsAddRoleMutationVariables = Exact<{
  input: AddSubjectRoleInput;
}>;


export type GridsHouseholdsAddRoleMutation = { addSubjectRole: { id: string } };

export type GridsHouseholdsEndRoleMutationVariables = Exact<{
  input: EndSubjectRoleInput;
}>;


export type GridsHouseholdsEndRoleMutation = { endSubjectRole: { id: string } };

export type GridsHouseholdsHistoryQueryVariables = Exact<{
  id: string;
}>;


export type GridsHouseholdsHistoryQuery = { residentStatusChanges: Array<{ toStatus: ResidentStatus }> };

export type MyHouseholdMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHouseholdMembersQuery = { myHouseholdMembers: Array<{ name: string, isHead: boolean, relationToHead: HouseholdRelation | null }> };

export type ResidentImportImportMutationVariables = Exact<{
  input: ImportResidentsInput;
}>;


export type ResidentImportImportMutation = { importResidents: { imported: number, householdsCreated: number, dryRun: boolean, rows: Array<{ row: number, ok: boolean, errors: Array<string> }> } };

export type ResidentListFieldsFragment = { id: string, villageId: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, createdAt: string, householdId: string | null, gridId: string | null, household: { id: string, villageId: string, code: string, address: string | null, gridId: string | null, headResidentId: string | null, headName: string | null, memberCount: number | null, createdAt: string } | null, grid: { id: string, villageId: string, code: string, name: string, leaderResidentId: string | null, leaderName: string | null, createdAt: string } | null, subjectRoles: Array<{ id: string, residentId: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> };

export type ResidentListListQueryVariables = Exact<{
  villageId: string;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  search?: string | null | undefined;
  status?: ResidentStatus | null | undefined;
  subjectType?: SubjectType | null | undefined;
  gridId?: string | null | undefined;
  householdId?: string | null | undefined;
}>;


export type ResidentListListQuery = { residents: { total: number, items: Array<{ id: string, villageId: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, createdAt: string, householdId: string | null, gridId: string | null, household: { id: string, villageId: string, code: string, address: string | null, gridId: string | null, headResidentId: string | null, headName: string | null, memberCount: number | null, createdAt: string } | null, grid: { id: string, villageId: string, code: string, name: string, leaderResidentId: string | null, leaderName: string | null, createdAt: string } | null, subjectRoles: Array<{ id: string, residentId: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> }> } };

export type ResidentListOneQueryVariables = Exact<{
  id: string;
}>;


export type ResidentListOneQuery = { resident: { id: string, villageId: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, createdAt: string, householdId: string | null, gridId: string | null, household: { id: string, villageId: string, code: string, address: string | null, gridId: string | null, headResidentId: string | null, headName: string | null, memberCount: number | null, createdAt: string } | null, grid: { id: string, villageId: string, code: string, name: string, leaderResidentId: string | null, leaderName: string | null, createdAt: string } | null, subjectRoles: Array<{ id: string, residentId: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> } };

export type ResidentListCreateMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type ResidentListCreateMutation = { createResident: { id: string } };

export type ResidentsDetailFieldsFragment = { id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, household: { id: string, code: string, headName: string | null } | null, grid: { id: string, code: string, name: string, leaderName: string | null } | null, subjectRoles: Array<{ id: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> };

export type ResidentsCreateMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type ResidentsCreateMutation = { createResident: { id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, household: { id: string, code: string, headName: string | null } | null, grid: { id: string, code: string, name: string, leaderName: string | null } | null, subjectRoles: Array<{ id: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> } };

export type ResidentsResidentQueryVariables = Exact<{
  id: string;
}>;


export type ResidentsResidentQuery = { resident: { id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, household: { id: string, code: string, headName: string | null } | null, grid: { id: string, code: string, name: string, leaderName: string | null } | null, subjectRoles: Array<{ id: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> } };

export type ResidentsResidentsQueryVariables = Exact<{
  villageId: string;
  search?: string | null | undefined;
  subjectType?: SubjectType | null | undefined;
  status?: ResidentStatus | null | undefined;
  limit?: number | null | undefined;
}>;


export type ResidentsResidentsQuery = { residents: { total: number, items: Array<{ id: string, name: string, gender: Gender, birthDate: string, idNumberMasked: string, phone: string | null, status: ResidentStatus, isActive: boolean, hasLogin: boolean, household: { id: string, code: string, headName: string | null } | null, grid: { id: string, code: string, name: string, leaderName: string | null } | null, subjectRoles: Array<{ id: string, subjectType: SubjectType, startDate: string, endDate: string | null, probationary: boolean, termEnd: string | null, representedHouseholdIds: Array<string>, endReason: string | null, isCurrent: boolean }> }> } };

export type ResidentsChangeStatusMutationVariables = Exact<{
  input: ChangeResidentStatusInput;
}>;


export type ResidentsChangeStatusMutation = { changeResidentStatus: { id: string, status: ResidentStatus, isActive: boolean } };

export type ResidentsHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ResidentsHistoryQuery = { residentStatusChanges: Array<{ fromStatus: ResidentStatus, toStatus: ResidentStatus, reason: string, changedBy: string | null }> };

export type ResidentsAddRoleMutationVariables = Exact<{
  input: AddSubjectRoleInput;
}>;


export type ResidentsAddRoleMutation = { addSubjectRole: { id: string, subjectType: SubjectType, probationary: boolean, endDate: string | null, isCurrent: boolean } };

export type ResidentsEndRoleMutationVariables = Exact<{
  input: EndSubjectRoleInput;
}>;


export type ResidentsEndRoleMutation = { endSubjectRole: { id: string, endDate: string | null, endReason: string | null, isCurrent: boolean } };

export type ResidentsUpdateMutationVariables = Exact<{
  input: UpdateResidentInput;
}>;


export type ResidentsUpdateMutation = { updateResident: { id: string, phone: string | null } };

export type ResidentsGridsQueryVariables = Exact<{
  villageId: string;
}>;


export type ResidentsGridsQuery = { grids: Array<{ id: string, code: string, name: string, leaderName: string | null }> };

export type ResidentsHouseholdsQueryVariables = Exact<{
  villageId: string;
}>;


export type ResidentsHouseholdsQuery = { households: { total: number, items: Array<{ id: string, code: string, headName: string | null, memberCount: number | null }> } };

export type ResidentsCreateLoginMutationVariables = Exact<{
  input: CreateResidentLoginInput;
}>;


export type ResidentsCreateLoginMutation = { createResidentLogin: { id: string, hasLogin: boolean } };

export type ResidentsMyResidentQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentsMyResidentQuery = { myResident: { id: string, name: string, idNumberMasked: string } | null };

export type AdoptionChecksCreateListMutationVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type AdoptionChecksCreateListMutation = { createScoringList: { id: string } };

export type AdoptionChecksAdoptMutationVariables = Exact<{
  input: AdoptScoringListInput;
}>;


export type AdoptionChecksAdoptMutation = { adoptScoringList: { id: string, status: ScoringListStatus, meetingDate: string | null, representativesInOffice: number | null, representativesCountReason: string | null } };

export type SanityFrameworkQueryVariables = Exact<{
  id: string;
}>;


export type SanityFrameworkQuery = { framework: { items: Array<{ id: string, code: string }> } };

export type SanityCopyMutationVariables = Exact<{
  id: string;
  year: number;
}>;


export type SanityCopyMutation = { copyFrameworkToYear: { id: string, title: string, year: number, version: number } };

export type SanityVersionMutationVariables = Exact<{
  id: string;
}>;


export type SanityVersionMutation = { createFrameworkVersion: { id: string, title: string, year: number, version: number } };

export type SanitySettingsMutationVariables = Exact<{
  input: UpdateManualSettingsInput;
}>;


export type SanitySettingsMutation = { updateManualSettings: { id: string, noticeDays: number, objectionAnswerWorkingDays: number } };

export type SanityAdjustMutationVariables = Exact<{
  input: SetManualAdjustmentInput;
}>;


export type SanityAdjustMutation = { setManualAdjustment: { id: string, adjustments: Array<{ itemCode: string, disabled: boolean }> } };

export type SanityAddTownItemMutationVariables = Exact<{
  input: AddTownItemInput;
}>;


export type SanityAddTownItemMutation = { addTownItem: { id: string } };

export type SanityCreateListMutationVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type SanityCreateListMutation = { createScoringList: { id: string } };

export type SanityAddVillageItemMutationVariables = Exact<{
  input: AddVillageItemInput;
}>;


export type SanityAddVillageItemMutation = { addVillageItem: { id: string, villageItems: Array<{ id: string, code: string, requiresApproval: boolean }> } };

export type SanityApproveMutationVariables = Exact<{
  id: string;
}>;


export type SanityApproveMutation = { approveVillageItem: { id: string } };

export type SanityAdoptMutationVariables = Exact<{
  input: AdoptScoringListInput;
}>;


export type SanityAdoptMutation = { adoptScoringList: { id: string, status: ScoringListStatus } };

export type SanityCreateFrameworkMutationVariables = Exact<{
  input: CreateFrameworkInput;
}>;


export type SanityCreateFrameworkMutation = { createFramework: { id: string, title: string, year: number } };

export type SanityAddItemMutationVariables = Exact<{
  input: AddEvaluationItemInput;
}>;


export type SanityAddItemMutation = { addEvaluationItem: { id: string, items: Array<{ id: string, code: string }> } };

export type SanityUpdateItemMutationVariables = Exact<{
  input: UpdateEvaluationItemInput;
}>;


export type SanityUpdateItemMutation = { updateEvaluationItem: { id: string } };

export type SanityUpdateRulesMutationVariables = Exact<{
  input: UpdateFrameworkRulesInput;
}>;


export type SanityUpdateRulesMutation = { updateFrameworkRules: { id: string, rules: { townsMayDisableVetoItems: boolean } } };

export type SanityPublishFrameworkMutationVariables = Exact<{
  id: string;
}>;


export type SanityPublishFrameworkMutation = { publishFramework: { id: string, status: RuleStatus, rules: { townsMayDisableVetoItems: boolean } } };

export type SanityCreateManualMutationVariables = Exact<{
  input: CreateManualInput;
}>;


export type SanityCreateManualMutation = { createManual: { id: string } };

export type SanityPublishManualMutationVariables = Exact<{
  id: string;
}>;


export type SanityPublishManualMutation = { publishManual: { id: string, status: RuleStatus } };

export type ActRuleEntriesQueryVariables = Exact<{
  id: string;
}>;


export type ActRuleEntriesQuery = { residentScore: { tracks: Array<{ track: ScoreTrack, points: number }>, entries: Array<{ itemCode: string, points: number, expiresOn: string | null, ruleNote: string | null }> } };

export type AmendInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendInboxQuery = { myNotifications: { items: Array<{ kind: NotificationKind, title: string, body: string, link: { entityType: string, id: string } | null }> } };

export type CatalogueEntriesQueryVariables = Exact<{
  id: string;
}>;


export type CatalogueEntriesQuery = { residentScore: { entries: Array<{ itemCode: string, points: number, quantity: number | null, ruleNote: string | null }> } };

export type CataloguePendingItemQueryVariables = Exact<{
  v: string;
}>;


export type CataloguePendingItemQuery = { declarations: { items: Array<{ itemCode: string, pointsAsked: number | null, item: { rule: string, pointLevels: Array<number> | null } | null }> } };

export type CorrectionProposeMutationVariables = Exact<{
  input: ProposeLedgerCorrectionInput;
}>;


export type CorrectionProposeMutation = { proposeLedgerCorrection: { id: string, status: LedgerCorrectionStatus, kind: LedgerCorrectionKind, points: number | null, periodId: string | null } };

export type CorrectionConfirmMutationVariables = Exact<{
  id: string;
}>;


export type CorrectionConfirmMutation = { confirmLedgerCorrection: { id: string, status: LedgerCorrectionStatus, correctionEntryIds: Array<string>, retallyId: string | null, decidedOn: string | null } };

export type CorrectionRejectMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type CorrectionRejectMutation = { rejectLedgerCorrection: { id: string, status: LedgerCorrectionStatus, rejectionReason: string | null, correctionEntryIds: Array<string> } };

export type CorrectionListQueryVariables = Exact<{
  v: string;
  status?: LedgerCorrectionStatus | null | undefined;
}>;


export type CorrectionListQuery = { ledgerCorrections: { total: number, items: Array<{ id: string, status: LedgerCorrectionStatus }> } };

export type DeclarationsListQueryVariables = Exact<{
  villageId: string;
  status?: DeclarationStatus | null | undefined;
}>;


export type DeclarationsListQuery = { declarations: { total: number, items: Array<{ id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus }> } };

export type DeclarationsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationsMineQuery = { myDeclarations: { total: number, items: Array<{ id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus }> } };

export type ResidentScoreFieldsFragment = { residentId: string, residentName: string, villageId: string, year: number, quarter: number | null, periodLabel: string, from: string, to: string, quarterFrom: string | null, tracks: Array<{ track: ScoreTrack, baseScore: number, points: number, quarterPoints: number | null, score: number, entryCount: number }>, entries: Array<{ id: string, seq: number, kind: LedgerEntryKind, track: ScoreTrack, itemCode: string, itemName: string, itemPointsMin: number, itemPointsMax: number, points: number, actedOn: string, inQuarter: boolean, quantity: number | null, repeatMultiplier: number, expiresOn: string | null, reviewerName: string | null, declarantName: string | null, reason: string | null, reversesEntryId: string | null, reversed: boolean, declarationId: string | null, evidence: Array<{ fileName: string, contentType: string, sizeBytes: number, sha256: string }> }> };

export type ExplainResidentScoreQueryVariables = Exact<{
  id: string;
  year?: number | null | undefined;
  quarter?: number | null | undefined;
}>;


export type ExplainResidentScoreQuery = { residentScore: { residentId: string, residentName: string, villageId: string, year: number, quarter: number | null, periodLabel: string, from: string, to: string, quarterFrom: string | null, tracks: Array<{ track: ScoreTrack, baseScore: number, points: number, quarterPoints: number | null, score: number, entryCount: number }>, entries: Array<{ id: string, seq: number, kind: LedgerEntryKind, track: ScoreTrack, itemCode: string, itemName: string, itemPointsMin: number, itemPointsMax: number, points: number, actedOn: string, inQuarter: boolean, quantity: number | null, repeatMultiplier: number, expiresOn: string | null, reviewerName: string | null, declarantName: string | null, reason: string | null, reversesEntryId: string | null, reversed: boolean, declarationId: string | null, evidence: Array<{ fileName: string, contentType: string, sizeBytes: number, sha256: string }> }> } };

export type ExplainMyScoreQueryVariables = Exact<{
  year?: number | null | undefined;
  quarter?: number | null | undefined;
}>;


export type ExplainMyScoreQuery = { myScore: { residentId: string, residentName: string, villageId: string, year: number, quarter: number | null, periodLabel: string, from: string, to: string, quarterFrom: string | null, tracks: Array<{ track: ScoreTrack, baseScore: number, points: number, quarterPoints: number | null, score: number, entryCount: number }>, entries: Array<{ id: string, seq: number, kind: LedgerEntryKind, track: ScoreTrack, itemCode: string, itemName: string, itemPointsMin: number, itemPointsMax: number, points: number, actedOn: string, inQuarter: boolean, quantity: number | null, repeatMultiplier: number, expiresOn: string | null, reviewerName: string | null, declarantName: string | null, reason: string | null, reversesEntryId: string | null, reversed: boolean, declarationId: string | null, evidence: Array<{ fileName: string, contentType: string, sizeBytes: number, sha256: string }> }> } };

export type MilestoneEntriesQueryVariables = Exact<{
  id: string;
}>;


export type MilestoneEntriesQuery = { residentScore: { entries: Array<{ itemCode: string, points: number, quantity: number | null, ruleNote: string | null }> } };

export type PeriodsOpenYearMutationVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type PeriodsOpenYearMutation = { openScoringYear: Array<{ id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus }> };

export type PeriodsPeriodForQueryVariables = Exact<{
  villageId: string;
  date: string;
}>;


export type PeriodsPeriodForQuery = { scoringPeriodFor: { month: { id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus }, quarter: { id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus }, year: { id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus } } | null };

export type PeriodsAdvanceMutationVariables = Exact<{
  id: string;
  to: ScoringPeriodStatus;
  reason: string;
}>;


export type PeriodsAdvanceMutation = { advanceScoringPeriod: { id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus, history: Array<{ fromStatus: ScoringPeriodStatus | null, toStatus: ScoringPeriodStatus, reason: string, createdBy: string | null }> } };

export type ReviewQueueQueryVariables = Exact<{
  v: string;
  status?: DeclarationStatus | null | undefined;
  limit?: number | null | undefined;
}>;


export type ReviewQueueQuery = { declarations: { total: number, items: Array<{ id: string, residentName: string | null, quantity: number | null, note: string, pointsAsked: number | null, item: { code: string, name: string, pointsMin: number, pointsMax: number, perUnitPoints: number | null, unitLabel: string | null } | null, evidence: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string }>, history: Array<{ kind: DeclarationEventKind, byUserId: string, byName: string | null, at: string, points: number | null, reason: string | null }> }> } };

export type RolelessTallyLinesQueryVariables = Exact<{
  id: string;
}>;


export type RolelessTallyLinesQuery = { scoreTally: { residentCount: number, lines: Array<{ residentName: string, subjectTypes: Array<SubjectType>, rankGroup: RankGroup, creditPoints: number, periodCreditPoints: number, roleDutyPoints: number | null }> | null } };

export type AccountFieldsFragment = { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, mustChangePassword: boolean } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { oneTimePassword: string | null, account: { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> } } };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, userId: string, role: Role, revokedAt: string | null, orgUnit: { id: string, name: string } } };

export type RevokeRoleMutationVariables = Exact<{
  assignmentId: string;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, role: Role, revokedAt: string | null } };

export type DisableAccountMutationVariables = Exact<{
  userId: string;
}>;


export type DisableAccountMutation = { disableAccount: { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> } };

export type EnableAccountMutationVariables = Exact<{
  userId: string;
}>;


export type EnableAccountMutation = { enableAccount: { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> } };

export type UnlockAccountMutationVariables = Exact<{
  userId: string;
}>;


export type UnlockAccountMutation = { unlockAccount: { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string;
}>;


export type ResetPasswordMutation = { resetPassword: { oneTimePassword: string | null, account: { id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, mustChangePassword: boolean } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UsersQueryVariables = Exact<{
  unitId: string;
  limit: number;
  offset?: number | null | undefined;
}>;


export type UsersQuery = { users: { total: number, items: Array<{ id: string, username: string, displayName: string, lastLoginAt: string | null, locked: boolean, disabled: boolean, mustChangePassword: boolean, homeUnit: { id: string, name: string }, roles: Array<{ id: string, role: Role, orgUnit: { id: string, name: string } }> }> } };

export type ContractFieldsFragment = { id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null };

export type GenerateContractDraftsMutationVariables = Exact<{
  input: GenerateContractDraftsInput;
}>;


export type GenerateContractDraftsMutation = { generateContractDrafts: { created: number, byColour: Array<{ colour: ContractColour, count: number }> } };

export type ContractsQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
  colour?: ContractColour | null | undefined;
  status?: ContractStatus | null | undefined;
}>;


export type ContractsQuery = { contracts: { total: number, items: Array<{ id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null }> } };

export type ContractQueryVariables = Exact<{
  id: string;
}>;


export type ContractQuery = { contract: { id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null } };

export type ContractHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ContractHistoryQuery = { contract: { history: Array<{ kind: ContractEventKind, fromStatus: ContractStatus | null, toStatus: ContractStatus, effectiveOn: string | null, createdBy: string | null }> } };

export type SignContractMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type SignContractMutation = { signContract: { id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { id: string, year: number, colour: ContractColour, status: ContractStatus, title: string, clauses: Array<string>, itemCodes: Array<string>, templateId: string, templateVersion: number, residentId: string | null, residentName: string | null, householdId: string | null, householdCode: string | null, signedOn: string | null, witnessName: string | null, witnessResidentId: string | null, signedBy: string | null, terminatedOn: string | null, terminationReason: string | null } };

export type ContractCoverageQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type ContractCoverageQuery = { contractCoverage: Array<{ colour: ContractColour, eligible: number, drafted: number, signed: number, terminated: number, coverageRate: number }> };

export type LedgerChainCheckQueryVariables = Exact<{
  v: string;
}>;


export type LedgerChainCheckQuery = { ledgerChainCheck: { ok: boolean, entries: number, firstBrokenSeq: number | null } };

export type LedgerEntriesQueryVariables = Exact<{
  r: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type LedgerEntriesQuery = { ledgerEntries: { total: number, items: Array<{ itemName: string, points: number, actedOn: string, kind: LedgerEntryKind }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string } };

export type ArrangeGridMutationVariables = Exact<{
  input: CreateGridInput;
}>;


export type ArrangeGridMutation = { createGrid: { id: string, code: string, name: string } };

export type ArrangeHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type ArrangeHouseholdMutation = { createHousehold: { id: string, code: string } };

export type ArrangeSubjectRoleMutationVariables = Exact<{
  input: AddSubjectRoleInput;
}>;


export type ArrangeSubjectRoleMutation = { addSubjectRole: { id: string, subjectType: SubjectType } };

export type ArrangeResidentLoginMutationVariables = Exact<{
  input: CreateResidentLoginInput;
}>;


export type ArrangeResidentLoginMutation = { createResidentLogin: { id: string } };

export type ArrangeGridLeaderMutationVariables = Exact<{
  input: SetGridLeaderInput;
}>;


export type ArrangeGridLeaderMutation = { setGridLeader: { id: string } };

export type ArrangeHouseholdHeadMutationVariables = Exact<{
  input: SetHouseholdHeadInput;
}>;


export type ArrangeHouseholdHeadMutation = { setHouseholdHead: { id: string } };

export type FrameworkFieldsFragment = { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> };

export type ManualFieldsFragment = { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> };

export type ListFieldsFragment = { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> };

export type CreateFrameworkMutationVariables = Exact<{
  input: CreateFrameworkInput;
}>;


export type CreateFrameworkMutation = { createFramework: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type AddEvaluationItemMutationVariables = Exact<{
  input: AddEvaluationItemInput;
}>;


export type AddEvaluationItemMutation = { addEvaluationItem: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type UpdateEvaluationItemMutationVariables = Exact<{
  input: UpdateEvaluationItemInput;
}>;


export type UpdateEvaluationItemMutation = { updateEvaluationItem: { id: string } };

export type WithdrawEvaluationItemMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawEvaluationItemMutation = { withdrawEvaluationItem: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type UpdateFrameworkRulesMutationVariables = Exact<{
  input: UpdateFrameworkRulesInput;
}>;


export type UpdateFrameworkRulesMutation = { updateFrameworkRules: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type PublishFrameworkMutationVariables = Exact<{
  id: string;
}>;


export type PublishFrameworkMutation = { publishFramework: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type CreateFrameworkVersionMutationVariables = Exact<{
  id: string;
}>;


export type CreateFrameworkVersionMutation = { createFrameworkVersion: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type CopyFrameworkToYearMutationVariables = Exact<{
  id: string;
  year: number;
}>;


export type CopyFrameworkToYearMutation = { copyFrameworkToYear: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type FrameworksQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type FrameworksQuery = { frameworks: { total: number, items: Array<{ id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> }> } };

export type FrameworkQueryVariables = Exact<{
  id: string;
}>;


export type FrameworkQuery = { framework: { id: string, year: number, version: number, status: RuleStatus, title: string, maxAdjustmentPercent: number, rules: { creditBaseScore: number, roleDutyBaseScore: number, partyMemberRoleDutyWeight: number, partyMemberCreditWeight: number, excellentMin: number }, items: Array<{ id: string, code: string, name: string, direction: ItemDirection, pointsMin: number, pointsMax: number, perUnitPoints: number | null, withdrawn: boolean }> } };

export type CreateManualMutationVariables = Exact<{
  input: CreateManualInput;
}>;


export type CreateManualMutation = { createManual: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type SetManualAdjustmentMutationVariables = Exact<{
  input: SetManualAdjustmentInput;
}>;


export type SetManualAdjustmentMutation = { setManualAdjustment: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type AddTownItemMutationVariables = Exact<{
  input: AddTownItemInput;
}>;


export type AddTownItemMutation = { addTownItem: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type UpdateTownItemMutationVariables = Exact<{
  input: UpdateTownItemInput;
}>;


export type UpdateTownItemMutation = { updateTownItem: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type WithdrawTownItemMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawTownItemMutation = { withdrawTownItem: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type UpdateManualSettingsMutationVariables = Exact<{
  input: UpdateManualSettingsInput;
}>;


export type UpdateManualSettingsMutation = { updateManualSettings: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type PublishManualMutationVariables = Exact<{
  id: string;
}>;


export type PublishManualMutation = { publishManual: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type CreateManualVersionMutationVariables = Exact<{
  id: string;
}>;


export type CreateManualVersionMutation = { createManualVersion: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } };

export type ManualsQueryVariables = Exact<{
  townId: string;
}>;


export type ManualsQuery = { manuals: Array<{ id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> }> };

export type CurrentManualQueryVariables = Exact<{
  townId: string;
  year?: number | null | undefined;
}>;


export type CurrentManualQuery = { currentManual: { id: string, version: number, status: RuleStatus, frameworkId: string, townId: string, noticeDays: number, lateEntryDays: number, villageMaxItemPoints: number, adjustments: Array<{ itemCode: string, disabled: boolean, pointsMin: number | null, pointsMax: number | null }>, townItems: Array<{ id: string, code: string, name: string, pointsMax: number, withdrawn: boolean }> } | null };

export type CreateScoringListMutationVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type CreateScoringListMutation = { createScoringList: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type AddVillageItemMutationVariables = Exact<{
  input: AddVillageItemInput;
}>;


export type AddVillageItemMutation = { addVillageItem: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type UpdateVillageItemMutationVariables = Exact<{
  input: UpdateVillageItemInput;
}>;


export type UpdateVillageItemMutation = { updateVillageItem: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type WithdrawVillageItemMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawVillageItemMutation = { withdrawVillageItem: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type ApproveVillageItemMutationVariables = Exact<{
  id: string;
}>;


export type ApproveVillageItemMutation = { approveVillageItem: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type AdoptScoringListMutationVariables = Exact<{
  input: AdoptScoringListInput;
}>;


export type AdoptScoringListMutation = { adoptScoringList: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } };

export type VillageScoringListQueryVariables = Exact<{
  villageId: string;
  year?: number | null | undefined;
}>;


export type VillageScoringListQuery = { villageScoringList: { id: string, version: number, status: ScoringListStatus, manualId: string, present: number | null, votesFor: number | null, villageItems: Array<{ id: string, code: string, pointsMax: number, requiresApproval: boolean, approvedAt: string | null, withdrawn: boolean }>, items: Array<{ code: string, source: ItemSource, pointsMin: number, pointsMax: number, direction: ItemDirection }> } | null };

export type ScoringListsQueryVariables = Exact<{
  villageId: string;
}>;


export type ScoringListsQuery = { scoringLists: Array<{ version: number, status: ScoringListStatus }> };

export type DeclarationFieldsFragment = { id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus };

export type DeclareActMutationVariables = Exact<{
  input: DeclareActInput;
}>;


export type DeclareActMutation = { declareAct: { id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus } };

export type RegisterActFullMutationVariables = Exact<{
  input: RegisterActInput;
}>;


export type RegisterActFullMutation = { registerAct: { id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus } };

export type ReviewDeclarationFullMutationVariables = Exact<{
  input: ReviewDeclarationInput;
}>;


export type ReviewDeclarationFullMutation = { reviewDeclaration: { id: string, villageId: string, residentId: string, declaredBy: string, channel: DeclarationChannel, itemCode: string, actedOn: string, quantity: number | null, note: string, status: DeclarationStatus } };

export type RegisterActMutationVariables = Exact<{
  input: RegisterActInput;
}>;


export type RegisterActMutation = { registerAct: { id: string, status: DeclarationStatus } };

export type ReviewDeclarationMutationVariables = Exact<{
  input: ReviewDeclarationInput;
}>;


export type ReviewDeclarationMutation = { reviewDeclaration: { id: string, status: DeclarationStatus } };

export type OpenScoringYearMutationVariables = Exact<{
  v: string;
  y: number;
}>;


export type OpenScoringYearMutation = { openScoringYear: Array<{ id: string, kind: ScoringPeriodKind, number: number, status: ScoringPeriodStatus, startsOn: string, endsOn: string }> };

export type TallyPeriodMutationVariables = Exact<{
  p: string;
}>;


export type TallyPeriodMutation = { tallyPeriod: { id: string, version: number } };

export type PublishTallyMutationVariables = Exact<{
  p: string;
}>;


export type PublishTallyMutation = { publishTally: { id: string, endsOn: string } };

export type FinalizePeriodMutationVariables = Exact<{
  p: string;
}>;


export type FinalizePeriodMutation = { finalizePeriod: { id: string, status: ScoringPeriodStatus } };

export type ScoringPeriodFieldsFragment = { id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus };

export type ScoringPeriodsQueryVariables = Exact<{
  villageId: string;
  year: number;
}>;


export type ScoringPeriodsQuery = { scoringPeriods: Array<{ id: string, villageId: string, kind: ScoringPeriodKind, year: number, number: number, startsOn: string, endsOn: string, status: ScoringPeriodStatus }> };

export type DeclarationsByStatusQueryVariables = Exact<{
  v: string;
  status?: DeclarationStatus | null | undefined;
  limit?: number;
}>;


export type DeclarationsByStatusQuery = { declarations: { total: number, items: Array<{ actedOn: string }> } };

export type OrgIsolationVillagesQueryVariables = Exact<{
  townId?: string | null | undefined;
}>;


export type OrgIsolationVillagesQuery = { villages: { total: number, items: Array<{ id: string, name: string, townId: string | null }> } };

export type OrgIsolationOrgUnitQueryVariables = Exact<{
  id: string;
}>;


export type OrgIsolationOrgUnitQuery = { orgUnit: { id: string, name: string, level: OrgLevel } };

export type OrgIsolationRenameMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;


export type OrgIsolationRenameMutation = { renameOrgUnit: { id: string, name: string } };

export type OrgIsolationCreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type OrgIsolationCreateVillageMutation = { createVillage: { id: string, name: string, code: string, townId: string | null, districtId: string } };

export type OrgIsolationTownsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgIsolationTownsQuery = { towns: { items: Array<{ name: string }> } };

export type OrgIsolationDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgIsolationDistrictsQuery = { districts: Array<{ id: string, name: string }> };

export type OrgIsolationCreateTownMutationVariables = Exact<{
  input: CreateTownInput;
}>;


export type OrgIsolationCreateTownMutation = { createTown: { id: string, name: string, level: OrgLevel, districtId: string } };

export type OrgIsolationAuditTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgIsolationAuditTotalQuery = { auditLog: { total: number } };

export const ContractTemplatesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesFieldsFragment, unknown>;
export const AppraisalSampleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalSampleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalSampleItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"findingNote"}},{"kind":"Field","name":{"kind":"Name","value":"findingBy"}}]}}]} as unknown as DocumentNode<AppraisalSampleFieldsFragment, unknown>;
export const ResidentListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"headResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentListFieldsFragment, unknown>;
export const ResidentsDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentsDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentsDetailFieldsFragment, unknown>;
export const ResidentScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"quarterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quarterPoints"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"declarantName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"declarationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentScoreFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const ContractFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<ContractFieldsFragment, unknown>;
export const FrameworkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<FrameworkFieldsFragment, unknown>;
export const ManualFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<ManualFieldsFragment, unknown>;
export const ListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<ListFieldsFragment, unknown>;
export const DeclarationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeclarationFieldsFragment, unknown>;
export const ScoringPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ScoringPeriodFieldsFragment, unknown>;
export const AccountLockoutLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLockoutLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<AccountLockoutLoginMutation, AccountLockoutLoginMutationVariables>;
export const AccountsCreateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsCreateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountsCreateVillageMutation, AccountsCreateVillageMutationVariables>;
export const AccountsCreateResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsCreateResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountsCreateResidentMutation, AccountsCreateResidentMutationVariables>;
export const AccountsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsMeQuery, AccountsMeQueryVariables>;
export const DeclareWithNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareWithNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeclareWithNoteMutation, DeclareWithNoteMutationVariables>;
export const RenameForAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameForAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameForAuditMutation, RenameForAuditMutationVariables>;
export const AuditPageBytesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPageBytes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextOffset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<AuditPageBytesQuery, AuditPageBytesQueryVariables>;
export const LoginAndAuditLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginAndAuditLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginAndAuditLoginMutation, LoginAndAuditLoginMutationVariables>;
export const LoginThrottleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginThrottleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginThrottleLoginMutation, LoginThrottleLoginMutationVariables>;
export const TokenClaimsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenClaimsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TokenClaimsMeQuery, TokenClaimsMeQueryVariables>;
export const ChainImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResidentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importResidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"householdsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<ChainImportMutation, ChainImportMutationVariables>;
export const ChainResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainResidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainResidentsQuery, ChainResidentsQueryVariables>;
export const ChainResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChainResidentQuery, ChainResidentQueryVariables>;
export const ChainHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<ChainHouseholdsQuery, ChainHouseholdsQueryVariables>;
export const ChainCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}}]}}]}}]} as unknown as DocumentNode<ChainCreatePostMutation, ChainCreatePostMutationVariables>;
export const ChainAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPostHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPostHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChainAssignMutation, ChainAssignMutationVariables>;
export const ChainPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChainPostsQuery, ChainPostsQueryVariables>;
export const ChainTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChainTermsQuery, ChainTermsQueryVariables>;
export const ChainSetTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainSetTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetScoringTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainSetTeamMutation, ChainSetTeamMutationVariables>;
export const ChainTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainTeamsQuery, ChainTeamsQueryVariables>;
export const ChainSetRotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainSetRota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaptainRotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaptainRota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChainSetRotaMutation, ChainSetRotaMutationVariables>;
export const ChainCaptainOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainCaptainOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]} as unknown as DocumentNode<ChainCaptainOnQuery, ChainCaptainOnQueryVariables>;
export const ChainSetGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainSetGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGovernanceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGovernanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChainSetGovernanceMutation, ChainSetGovernanceMutationVariables>;
export const ChainGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainGovernanceQuery, ChainGovernanceQueryVariables>;
export const ContractDatesGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractDatesGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateContractDraftsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateContractDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ContractDatesGenerateMutation, ContractDatesGenerateMutationVariables>;
export const ContractDatesContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractDatesContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractColour"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]}}]} as unknown as DocumentNode<ContractDatesContractsQuery, ContractDatesContractsQueryVariables>;
export const ContractDatesSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractDatesSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]} as unknown as DocumentNode<ContractDatesSignMutation, ContractDatesSignMutationVariables>;
export const ContractHistoryBatchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractHistoryBatchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractHistoryBatchPageQuery, ContractHistoryBatchPageQueryVariables>;
export const ContractHistoryBatchOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractHistoryBatchOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ContractHistoryBatchOneQuery, ContractHistoryBatchOneQueryVariables>;
export const ContractTemplatesTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractTemplatesTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractColour"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplateStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]}}]}}]} as unknown as DocumentNode<ContractTemplatesTemplatesQuery, ContractTemplatesTemplatesQueryVariables>;
export const ContractTemplatesTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractTemplatesTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTemplatesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesTemplateQuery, ContractTemplatesTemplateQueryVariables>;
export const ContractTemplatesEffectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractTemplatesEffective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractColour"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"newerBaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ContractTemplatesEffectiveQuery, ContractTemplatesEffectiveQueryVariables>;
export const ContractTemplatesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractTemplatesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTemplatesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesCreateMutation, ContractTemplatesCreateMutationVariables>;
export const ContractTemplatesAddClauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractTemplatesAddClause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContractClauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContractClause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTemplatesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesAddClauseMutation, ContractTemplatesAddClauseMutationVariables>;
export const ContractTemplatesSetItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractTemplatesSetItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetContractTemplateItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractTemplateItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTemplatesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesSetItemsMutation, ContractTemplatesSetItemsMutationVariables>;
export const ContractTemplatesPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractTemplatesPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTemplatesFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTemplatesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]} as unknown as DocumentNode<ContractTemplatesPublishMutation, ContractTemplatesPublishMutationVariables>;
export const ContractsCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractsCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractsCreateTemplateMutation, ContractsCreateTemplateMutationVariables>;
export const ContractsPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractsPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ContractsPublishMutation, ContractsPublishMutationVariables>;
export const MyContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFields"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<MyContractsQuery, MyContractsQueryVariables>;
export const CycleOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openScoringYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleOpenMutation, CycleOpenMutationVariables>;
export const CycleRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleRegisterMutation, CycleRegisterMutationVariables>;
export const CycleDeclareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleDeclare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleDeclareMutation, CycleDeclareMutationVariables>;
export const CycleReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleReviewMutation, CycleReviewMutationVariables>;
export const CycleTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tallyPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"residentCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerSeq"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerAnchorHash"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"creditPoints"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"periodCreditPoints"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"rankGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"starsNote"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peerAverage"}},{"kind":"Field","name":{"kind":"Name","value":"massAverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"peerAverage"}},{"kind":"Field","name":{"kind":"Name","value":"massAverage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleTallyMutation, CycleTallyMutationVariables>;
export const CyclePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CyclePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CyclePublishMutation, CyclePublishMutationVariables>;
export const CycleFinalizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleFinalize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleFinalizeMutation, CycleFinalizeMutationVariables>;
export const CycleNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"openObjections"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"rankGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleNoticeQuery, CycleNoticeQueryVariables>;
export const CycleVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTallies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<CycleVersionsQuery, CycleVersionsQueryVariables>;
export const CycleVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyScoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tallyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"contentHashMatches"}},{"kind":"Field","name":{"kind":"Name","value":"anchorMatches"}},{"kind":"Field","name":{"kind":"Name","value":"chainValid"}},{"kind":"Field","name":{"kind":"Name","value":"sumsMatch"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<CycleVerifyQuery, CycleVerifyQueryVariables>;
export const CycleRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CycleRaiseMutation, CycleRaiseMutationVariables>;
export const CycleAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"correctionEntryIds"}},{"kind":"Field","name":{"kind":"Name","value":"retallyId"}}]}}]}}]} as unknown as DocumentNode<CycleAnswerMutation, CycleAnswerMutationVariables>;
export const CycleObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}}]}}]}}]}}]} as unknown as DocumentNode<CycleObjectionsQuery, CycleObjectionsQueryVariables>;
export const CycleInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<CycleInboxQuery, CycleInboxQueryVariables>;
export const QuarterlyNoticeOneTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyNoticeOneTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QuarterlyNoticeOneTallyQuery, QuarterlyNoticeOneTallyQueryVariables>;
export const QuarterlyNoticeScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyNoticeScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"laterEntries"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<QuarterlyNoticeScoreQuery, QuarterlyNoticeScoreQueryVariables>;
export const WholeYearRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WholeYearRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WholeYearRateMutation, WholeYearRateMutationVariables>;
export const WholeYearChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholeYearChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerChainCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]} as unknown as DocumentNode<WholeYearChainQuery, WholeYearChainQueryVariables>;
export const DemoIncentivesResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesResidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesResidentsQuery, DemoIncentivesResidentsQueryVariables>;
export const DemoIncentivesShopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesShops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"townShop"}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricePoints"}},{"kind":"Field","name":{"kind":"Name","value":"valueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"unlimited"}},{"kind":"Field","name":{"kind":"Name","value":"isService"}},{"kind":"Field","name":{"kind":"Name","value":"limitPerPerson"}}]}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesShopsQuery, DemoIncentivesShopsQueryVariables>;
export const DemoIncentivesShopRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesShopRedemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopRedemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"residentConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesShopRedemptionsQuery, DemoIncentivesShopRedemptionsQueryVariables>;
export const DemoIncentivesMyRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesMyRedemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRedemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopId"}},{"kind":"Field","name":{"kind":"Name","value":"goodsName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"}},{"kind":"Field","name":{"kind":"Name","value":"pickupBy"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesMyRedemptionsQuery, DemoIncentivesMyRedemptionsQueryVariables>;
export const DemoIncentivesConfirmPickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoIncentivesConfirmPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPickupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goodsName"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesConfirmPickupMutation, DemoIncentivesConfirmPickupMutationVariables>;
export const DemoIncentivesResidentPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesResidentPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesResidentPointsQuery, DemoIncentivesResidentPointsQueryVariables>;
export const DemoIncentivesPointsChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesPointsChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkPointsChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"balancesMatch"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesPointsChainQuery, DemoIncentivesPointsChainQueryVariables>;
export const DemoIncentivesNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"honourName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesNominationsQuery, DemoIncentivesNominationsQueryVariables>;
export const DemoIncentivesCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentorResidentId"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesCasesQuery, DemoIncentivesCasesQueryVariables>;
export const DemoIncentivesByElectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesByElections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byElections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesByElectionsQuery, DemoIncentivesByElectionsQueryVariables>;
export const DemoIncentivesVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesVisitsQuery, DemoIncentivesVisitsQueryVariables>;
export const DemoIncentivesPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesPeriodsQuery, DemoIncentivesPeriodsQueryVariables>;
export const DemoIncentivesNoticeRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesNoticeRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesNoticeRolesQuery, DemoIncentivesNoticeRolesQueryVariables>;
export const DemoIncentivesPayoutPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIncentivesPayoutPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodNumber"}},{"kind":"Field","name":{"kind":"Name","value":"yuanPerPoint"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"votePresent"}},{"kind":"Field","name":{"kind":"Name","value":"voteFor"}},{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}}]}}]}}]} as unknown as DocumentNode<DemoIncentivesPayoutPlansQuery, DemoIncentivesPayoutPlansQueryVariables>;
export const DemoQuarterEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoQuarterEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DemoQuarterEntriesQuery, DemoQuarterEntriesQueryVariables>;
export const DemoVillagePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoVillagePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captainOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"partyMembers"},"name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"EnumValue","value":"PARTY_MEMBER"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"governanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"captainOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamNumber"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captainOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DemoVillagePeopleQuery, DemoVillagePeopleQueryVariables>;
export const E2eTallyNoticeLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eTallyNoticeLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<E2eTallyNoticeLinesQuery, E2eTallyNoticeLinesQueryVariables>;
export const E2eTallyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eTallyNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eTallyNoticeQuery, E2eTallyNoticeQueryVariables>;
export const AppraisalRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rateeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"raterKind"}},{"kind":"Field","name":{"kind":"Name","value":"raterResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<AppraisalRateMutation, AppraisalRateMutationVariables>;
export const AppraisalSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraisalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"rateeName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerAverage"}},{"kind":"Field","name":{"kind":"Name","value":"massCount"}},{"kind":"Field","name":{"kind":"Name","value":"massAverage"}}]}}]}}]} as unknown as DocumentNode<AppraisalSummaryQuery, AppraisalSummaryQueryVariables>;
export const AppraisalRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraisalRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rateeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"raterKind"}},{"kind":"Field","name":{"kind":"Name","value":"raterResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<AppraisalRatingsQuery, AppraisalRatingsQueryVariables>;
export const AppraisalDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawAppraisalSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalSampleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalSampleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalSampleItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"findingNote"}},{"kind":"Field","name":{"kind":"Name","value":"findingBy"}}]}}]} as unknown as DocumentNode<AppraisalDrawMutation, AppraisalDrawMutationVariables>;
export const AppraisalFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finding"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleFinding"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSampleFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sampleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"finding"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finding"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalSampleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalSampleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalSampleItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"findingNote"}},{"kind":"Field","name":{"kind":"Name","value":"findingBy"}}]}}]} as unknown as DocumentNode<AppraisalFindingMutation, AppraisalFindingMutationVariables>;
export const AppraisalSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraisalSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalSampleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalSampleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalSampleItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"findingNote"}},{"kind":"Field","name":{"kind":"Name","value":"findingBy"}}]}}]} as unknown as DocumentNode<AppraisalSampleQuery, AppraisalSampleQueryVariables>;
export const AppraisalFrameworkRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalFrameworkRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerAppraisalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"massAppraisalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}}]}}]}}]} as unknown as DocumentNode<AppraisalFrameworkRulesQuery, AppraisalFrameworkRulesQueryVariables>;
export const AppraisalUpdateRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalUpdateRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFrameworkRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworkRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerAppraisalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"massAppraisalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}}]}}]}}]} as unknown as DocumentNode<AppraisalUpdateRulesMutation, AppraisalUpdateRulesMutationVariables>;
export const CadreYearTalliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreYearTallies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTallies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CadreYearTalliesQuery, CadreYearTalliesQueryVariables>;
export const CadreTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadreTallyQuery, CadreTallyQueryVariables>;
export const DistrictRecordScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictRecordScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"letterGrade"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictRecordScoreQuery, DistrictRecordScoreQueryVariables>;
export const DistrictRecordTalliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictRecordTallies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTallies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DistrictRecordTalliesQuery, DistrictRecordTalliesQueryVariables>;
export const DistrictRecordTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictRecordTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"districtRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"letterGrade"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictRecordTallyQuery, DistrictRecordTallyQueryVariables>;
export const DraftPreviewOfTownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftPreviewOfTown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manualId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"manualId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manualId"}}},{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftKind"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"changedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentRule"}},{"kind":"Field","name":{"kind":"Name","value":"draftRule"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"hasList"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"rescoredEntries"}},{"kind":"Field","name":{"kind":"Name","value":"changedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"scoreChangedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageCreditScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basic"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageCreditScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberGrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basic"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftPreviewOfTownQuery, DraftPreviewOfTownQueryVariables>;
export const DraftPreviewPeopleOfVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftPreviewPeopleOfVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manualId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyChanged"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftPreviewPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"manualId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manualId"}}},{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyChanged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyChanged"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeChanged"}},{"kind":"Field","name":{"kind":"Name","value":"starsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"scoreChanged"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"recordedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"draftPoints"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftPreviewPeopleOfVillageQuery, DraftPreviewPeopleOfVillageQueryVariables>;
export const DraftPreviewResidentScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftPreviewResidentScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]} as unknown as DocumentNode<DraftPreviewResidentScoreQuery, DraftPreviewResidentScoreQueryVariables>;
export const JudgementYearLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JudgementYearLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTallies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JudgementYearLinesQuery, JudgementYearLinesQueryVariables>;
export const JudgementTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JudgementTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"starsNote"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JudgementTallyQuery, JudgementTallyQueryVariables>;
export const JudgementRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JudgementRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepairCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleNote"}}]}}]}}]} as unknown as DocumentNode<JudgementRepairMutation, JudgementRepairMutationVariables>;
export const SetGovernanceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGovernanceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGovernanceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGovernanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetGovernanceTeamMutation, SetGovernanceTeamMutationVariables>;
export const GovernanceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceTeamQuery, GovernanceTeamQueryVariables>;
export const GridsIsolationPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridsIsolationPostsQuery, GridsIsolationPostsQueryVariables>;
export const GridsIsolationPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationPostQuery, GridsIsolationPostQueryVariables>;
export const GridsIsolationTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<GridsIsolationTeamsQuery, GridsIsolationTeamsQueryVariables>;
export const GridsIsolationCaptainOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationCaptainOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamNumber"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridsIsolationCaptainOnQuery, GridsIsolationCaptainOnQueryVariables>;
export const GridsIsolationGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationGovernanceQuery, GridsIsolationGovernanceQueryVariables>;
export const GridsIsolationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationHistoryQuery, GridsIsolationHistoryQueryVariables>;
export const GridsIsolationRotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsIsolationRotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainRotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationRotasQuery, GridsIsolationRotasQueryVariables>;
export const GridsIsolationCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationCreatePostMutation, GridsIsolationCreatePostMutationVariables>;
export const GridsIsolationAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPostHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPostHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationAssignMutation, GridsIsolationAssignMutationVariables>;
export const GridsIsolationEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPostAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPostAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationEndMutation, GridsIsolationEndMutationVariables>;
export const GridsIsolationSetTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationSetTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetScoringTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationSetTeamMutation, GridsIsolationSetTeamMutationVariables>;
export const GridsIsolationSetRotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationSetRota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaptainRotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaptainRota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationSetRotaMutation, GridsIsolationSetRotaMutationVariables>;
export const GridsIsolationSetGovDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsIsolationSetGov"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGovernanceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGovernanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsIsolationSetGovMutation, GridsIsolationSetGovMutationVariables>;
export const PostsCreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsCreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PostsCreatePostMutation, PostsCreatePostMutationVariables>;
export const PostsAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPostHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPostHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PostsAssignMutation, PostsAssignMutationVariables>;
export const PostsEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostsEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPostAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPostAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<PostsEndMutation, PostsEndMutationVariables>;
export const PostsPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostsPostsQuery, PostsPostsQueryVariables>;
export const PostsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<PostsPostQuery, PostsPostQueryVariables>;
export const PostsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<PostsHistoryQuery, PostsHistoryQueryVariables>;
export const ScoringTeamsSetTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTeamsSetTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetScoringTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTeamsSetTeamMutation, ScoringTeamsSetTeamMutationVariables>;
export const ScoringTeamsTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringTeamsTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTeamsTeamsQuery, ScoringTeamsTeamsQueryVariables>;
export const ScoringTeamsSetRotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringTeamsSetRota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaptainRotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaptainRota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"captains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTeamsSetRotaMutation, ScoringTeamsSetRotaMutationVariables>;
export const ScoringTeamsCaptainOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringTeamsCaptainOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]} as unknown as DocumentNode<ScoringTeamsCaptainOnQuery, ScoringTeamsCaptainOnQueryVariables>;
export const ScoringTeamsRotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringTeamsRotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainRotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"captains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringTeamsRotasQuery, ScoringTeamsRotasQueryVariables>;
export const SeedDemoGridsTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedDemoGridsTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeedDemoGridsTeamsQuery, SeedDemoGridsTeamsQueryVariables>;
export const SeedDemoGridsCaptainOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedDemoGridsCaptainOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captainOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]} as unknown as DocumentNode<SeedDemoGridsCaptainOnQuery, SeedDemoGridsCaptainOnQueryVariables>;
export const SeedDemoGridsGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedDemoGridsGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyTitle"}}]}}]}}]}}]} as unknown as DocumentNode<SeedDemoGridsGovernanceQuery, SeedDemoGridsGovernanceQueryVariables>;
export const CasesOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openYearCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CasesOpenMutation, CasesOpenMutationVariables>;
export const CasesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mentorResidentId"}}]}}]}}]} as unknown as DocumentNode<CasesListQuery, CasesListQueryVariables>;
export const CasesCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConstraintCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConstraintCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}}]}}]}}]} as unknown as DocumentNode<CasesCloseMutation, CasesCloseMutationVariables>;
export const CasesByElectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesByElections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byElections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CasesByElectionsQuery, CasesByElectionsQueryVariables>;
export const CasesElectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesElect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordByElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordByElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electedResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"electedRoleId"}}]}}]}}]} as unknown as DocumentNode<CasesElectMutation, CasesElectMutationVariables>;
export const CasesAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorResidentId"}}]}}]}}]} as unknown as DocumentNode<CasesAssignMutation, CasesAssignMutationVariables>;
export const CasesVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentoringVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}}]}}]}}]} as unknown as DocumentNode<CasesVisitMutation, CasesVisitMutationVariables>;
export const CasesVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedImprovement"}}]}}]}}]} as unknown as DocumentNode<CasesVisitsQuery, CasesVisitsQueryVariables>;
export const CasesGenerateContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesGenerateContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateContractDraftsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateContractDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<CasesGenerateContractsMutation, CasesGenerateContractsMutationVariables>;
export const CasesContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractColour"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]}}]} as unknown as DocumentNode<CasesContractsQuery, CasesContractsQueryVariables>;
export const CasesSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CasesSignMutation, CasesSignMutationVariables>;
export const HonourCreateTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonourCreateType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHonourTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHonourType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minStars"}}]}}]}}]} as unknown as DocumentNode<HonourCreateTypeMutation, HonourCreateTypeMutationVariables>;
export const HonourTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonourTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HonourTypesQuery, HonourTypesQueryVariables>;
export const HonourNominateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonourNominate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateHonourInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateHonour"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"honourName"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]} as unknown as DocumentNode<HonourNominateMutation, HonourNominateMutationVariables>;
export const HonourDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonourDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideHonourNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<HonourDecideMutation, HonourDecideMutationVariables>;
export const HonourPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonourPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishHonourList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"honourCount"}}]}}]}}]} as unknown as DocumentNode<HonourPublishMutation, HonourPublishMutationVariables>;
export const HonourNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonourNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HonourNominationsQuery, HonourNominationsQueryVariables>;
export const HonourResidentHonoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonourResidentHonours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentHonours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HonourResidentHonoursQuery, HonourResidentHonoursQueryVariables>;
export const HonourMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonourMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHonours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<HonourMineQuery, HonourMineQueryVariables>;
export const MyVisitsCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVisitsCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}}]}}]}}]} as unknown as DocumentNode<MyVisitsCasesQuery, MyVisitsCasesQueryVariables>;
export const MyVisitsAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyVisitsAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyVisitsAssignMutation, MyVisitsAssignMutationVariables>;
export const MyVisitsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyVisitsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentoringVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyVisitsRecordMutation, MyVisitsRecordMutationVariables>;
export const MyVisitsOfCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVisitsOfCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyVisitsOfCaseQuery, MyVisitsOfCaseQueryVariables>;
export const MyVisitsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVisitsMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMentoringVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedImprovement"}}]}}]}}]} as unknown as DocumentNode<MyVisitsMineQuery, MyVisitsMineQueryVariables>;
export const PayoutDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayoutDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftPayoutPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftPayoutPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","alias":{"kind":"Name","value":"tallyLines"},"name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"basisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutDraftMutation, PayoutDraftMutationVariables>;
export const PayoutVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayoutVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPayoutVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayoutVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"votePresent"}},{"kind":"Field","name":{"kind":"Name","value":"voteFor"}}]}}]}}]} as unknown as DocumentNode<PayoutVoteMutation, PayoutVoteMutationVariables>;
export const PayoutPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayoutPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postPayoutPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]} as unknown as DocumentNode<PayoutPostMutation, PayoutPostMutationVariables>;
export const PayoutPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayoutPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkPayoutPaidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPayoutPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<PayoutPaidMutation, PayoutPaidMutationVariables>;
export const PayoutPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutPlansQuery, PayoutPlansQueryVariables>;
export const PayoutPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PayoutPlanQuery, PayoutPlanQueryVariables>;
export const RedeemForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveRedemptionForInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveRedemptionFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"}}]}}]}}]} as unknown as DocumentNode<RedeemForMutation, RedeemForMutationVariables>;
export const RedeemOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemOwn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveRedemptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveRedemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"}}]}}]}}]} as unknown as DocumentNode<RedeemOwnMutation, RedeemOwnMutationVariables>;
export const RedeemMyShopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemMyShops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"shops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townShop"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canRedeem"}},{"kind":"Field","name":{"kind":"Name","value":"whyNot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedeemMyShopsQuery, RedeemMyShopsQueryVariables>;
export const RedeemMyPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemMyPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemMyPointsQuery, RedeemMyPointsQueryVariables>;
export const RedeemPickupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPickupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RedeemPickupMutation, RedeemPickupMutationVariables>;
export const RedeemSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPointsPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPointsPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiryMode"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}}]}}]}}]} as unknown as DocumentNode<RedeemSetPolicyMutation, RedeemSetPolicyMutationVariables>;
export const InboxInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxInboxQuery, InboxInboxQueryVariables>;
export const InboxMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<InboxMarkMutation, InboxMarkMutationVariables>;
export const InboxMarkAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxMarkAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<InboxMarkAllMutation, InboxMarkAllMutationVariables>;
export const ReviewerInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewerInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewerInboxQuery, ReviewerInboxQueryVariables>;
export const ReviewerInboxRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewerInboxRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}}]}}]}}]} as unknown as DocumentNode<ReviewerInboxRaiseMutation, ReviewerInboxRaiseMutationVariables>;
export const ActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivityCreateMutation, ActivityCreateMutationVariables>;
export const ActivityCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<ActivityCheckInMutation, ActivityCheckInMutationVariables>;
export const ActivityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<ActivityRegisterMutation, ActivityRegisterMutationVariables>;
export const ActivityCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivityCloseMutation, ActivityCloseMutationVariables>;
export const ActivityReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"declarationId"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReadQuery, ActivityReadQueryVariables>;
export const PhotoActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PhotoActivityCreateMutation, PhotoActivityCreateMutationVariables>;
export const PhotoActivityRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoActivityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]} as unknown as DocumentNode<PhotoActivityRegisterMutation, PhotoActivityRegisterMutationVariables>;
export const PhotoActivityAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoActivityAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActivityPhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVolunteerActivityPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]} as unknown as DocumentNode<PhotoActivityAddMutation, PhotoActivityAddMutationVariables>;
export const PhotoRegisterActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoRegisterAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PhotoRegisterActMutation, PhotoRegisterActMutationVariables>;
export const PhotoActivityCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhotoActivityClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationId"}}]}}]}}]}}]} as unknown as DocumentNode<PhotoActivityCloseMutation, PhotoActivityCloseMutationVariables>;
export const AnomalyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnomalyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnomalyAlertStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnomalyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomalyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"declarationIds"}},{"kind":"Field","name":{"kind":"Name","value":"residentIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnomalyAlertsQuery, AnomalyAlertsQueryVariables>;
export const AnomalyResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnomalyResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAnomalyAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAnomalyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedByName"}}]}}]}}]}}]} as unknown as DocumentNode<AnomalyResolveMutation, AnomalyResolveMutationVariables>;
export const AnomalyCorrectionProposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnomalyCorrectionPropose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLedgerCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLedgerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnomalyCorrectionProposeMutation, AnomalyCorrectionProposeMutationVariables>;
export const AnomalyCorrectionConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnomalyCorrectionConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLedgerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnomalyCorrectionConfirmMutation, AnomalyCorrectionConfirmMutationVariables>;
export const DashboardOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"childLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOfQuery, DashboardOfQueryVariables>;
export const FairnessOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FairnessOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fairnessView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSource"}},{"kind":"Field","name":{"kind":"Name","value":"scoreNote"}},{"kind":"Field","name":{"kind":"Name","value":"outlierRule"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"deductionsPer100"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"scoredResidents"}},{"kind":"Field","name":{"kind":"Name","value":"averageCreditScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"deductionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"deductionsPer100"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zScore"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"entriesApproved"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"deductionShare"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zScore"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entriesApproved"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"deductionShare"}}]}}]}}]}}]} as unknown as DocumentNode<FairnessOfQuery, FairnessOfQueryVariables>;
export const MeetingCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAttendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingCreateMutation, MeetingCreateMutationVariables>;
export const MeetingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declarationId"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingRecordMutation, MeetingRecordMutationVariables>;
export const MeetingReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingReadQuery, MeetingReadQueryVariables>;
export const MeetingRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAttendanceRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<MeetingRatesQuery, MeetingRatesQueryVariables>;
export const MeetingDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodKind"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"periodNumber"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingDashboardQuery, MeetingDashboardQueryVariables>;
export const OutcomeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]} as unknown as DocumentNode<OutcomeRecordMutation, OutcomeRecordMutationVariables>;
export const OutcomeCorrectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<OutcomeCorrectMutation, OutcomeCorrectMutationVariables>;
export const OutcomeRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"correctedById"}}]}}]}}]} as unknown as DocumentNode<OutcomeRecordsQuery, OutcomeRecordsQueryVariables>;
export const OutcomeDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodKind"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"periodNumber"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeDashboardQuery, OutcomeDashboardQueryVariables>;
export const PublicNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicArtefact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"artefactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canonical"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"entryHash"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"rootHash"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"countersigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicNoticeReadQuery, PublicNoticeReadQueryVariables>;
export const PublicNoticeVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNoticeVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPublicArtefact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkpointSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seq"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkpointRoot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inLog"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"chainIntact"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsValid"}},{"kind":"Field","name":{"kind":"Name","value":"printedCheckpointConsistent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<PublicNoticeVerifyQuery, PublicNoticeVerifyQueryVariables>;
export const PublicNoticePublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNoticePublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedArtefacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"artefactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}}]}}]}}]} as unknown as DocumentNode<PublicNoticePublishedQuery, PublicNoticePublishedQueryVariables>;
export const PublicNoticeCountersignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicNoticeCountersign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountersignCheckpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countersignCheckpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}}]}}]} as unknown as DocumentNode<PublicNoticeCountersignMutation, PublicNoticeCountersignMutationVariables>;
export const GridsHouseholdsCreateGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsCreateGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsCreateGridMutation, GridsHouseholdsCreateGridMutationVariables>;
export const GridsHouseholdsSetLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsSetLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGridLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGridLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaderResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsSetLeaderMutation, GridsHouseholdsSetLeaderMutationVariables>;
export const GridsHouseholdsCreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsCreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsCreateHouseholdMutation, GridsHouseholdsCreateHouseholdMutationVariables>;
export const GridsHouseholdsSetHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsSetHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHouseholdHeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsSetHeadMutation, GridsHouseholdsSetHeadMutationVariables>;
export const GridsHouseholdsCreateResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsCreateResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsCreateResidentMutation, GridsHouseholdsCreateResidentMutationVariables>;
export const GridsHouseholdsAddRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsAddRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsAddRoleMutation, GridsHouseholdsAddRoleMutationVariables>;
export const GridsHouseholdsEndRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridsHouseholdsEndRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsEndRoleMutation, GridsHouseholdsEndRoleMutationVariables>;
export const GridsHouseholdsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridsHouseholdsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentStatusChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]} as unknown as DocumentNode<GridsHouseholdsHistoryQuery, GridsHouseholdsHistoryQueryVariables>;
export const MyHouseholdMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHouseholdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHouseholdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}}]}}]}}]} as unknown as DocumentNode<MyHouseholdMembersQuery, MyHouseholdMembersQueryVariables>;
export const ResidentImportImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentImportImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResidentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importResidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"householdsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentImportImportMutation, ResidentImportImportMutationVariables>;
export const ResidentListListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentListList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"headResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentListListQuery, ResidentListListQueryVariables>;
export const ResidentListOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentListOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"headResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentListOneQuery, ResidentListOneQueryVariables>;
export const ResidentListCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentListCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResidentListCreateMutation, ResidentListCreateMutationVariables>;
export const ResidentsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentsDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentsDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentsCreateMutation, ResidentsCreateMutationVariables>;
export const ResidentsResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentsDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentsDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentsResidentQuery, ResidentsResidentQueryVariables>;
export const ResidentsResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsResidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"representedHouseholdIds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResidentsResidentsQuery, ResidentsResidentsQueryVariables>;
export const ResidentsChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeResidentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeResidentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<ResidentsChangeStatusMutation, ResidentsChangeStatusMutationVariables>;
export const ResidentsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentStatusChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]} as unknown as DocumentNode<ResidentsHistoryQuery, ResidentsHistoryQueryVariables>;
export const ResidentsAddRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsAddRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"probationary"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentsAddRoleMutation, ResidentsAddRoleMutationVariables>;
export const ResidentsEndRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsEndRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<ResidentsEndRoleMutation, ResidentsEndRoleMutationVariables>;
export const ResidentsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ResidentsUpdateMutation, ResidentsUpdateMutationVariables>;
export const ResidentsGridsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsGrids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}}]}}]} as unknown as DocumentNode<ResidentsGridsQuery, ResidentsGridsQueryVariables>;
export const ResidentsHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentsHouseholdsQuery, ResidentsHouseholdsQueryVariables>;
export const ResidentsCreateLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentsCreateLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResidentLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]} as unknown as DocumentNode<ResidentsCreateLoginMutation, ResidentsCreateLoginMutationVariables>;
export const ResidentsMyResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentsMyResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}}]}}]} as unknown as DocumentNode<ResidentsMyResidentQuery, ResidentsMyResidentQueryVariables>;
export const AdoptionChecksCreateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptionChecksCreateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdoptionChecksCreateListMutation, AdoptionChecksCreateListMutationVariables>;
export const AdoptionChecksAdoptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptionChecksAdopt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptScoringListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"representativesInOffice"}},{"kind":"Field","name":{"kind":"Name","value":"representativesCountReason"}}]}}]}}]} as unknown as DocumentNode<AdoptionChecksAdoptMutation, AdoptionChecksAdoptMutationVariables>;
export const SanityFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanityFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SanityFrameworkQuery, SanityFrameworkQueryVariables>;
export const SanityCopyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityCopy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyFrameworkToYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SanityCopyMutation, SanityCopyMutationVariables>;
export const SanityVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SanityVersionMutation, SanityVersionMutationVariables>;
export const SanitySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanitySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateManualSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateManualSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"objectionAnswerWorkingDays"}}]}}]}}]} as unknown as DocumentNode<SanitySettingsMutation, SanitySettingsMutationVariables>;
export const SanityAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetManualAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setManualAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<SanityAdjustMutation, SanityAdjustMutationVariables>;
export const SanityAddTownItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityAddTownItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTownItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTownItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SanityAddTownItemMutation, SanityAddTownItemMutationVariables>;
export const SanityCreateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityCreateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SanityCreateListMutation, SanityCreateListMutationVariables>;
export const SanityAddVillageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityAddVillageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVillageItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}}]}}]}}]}}]} as unknown as DocumentNode<SanityAddVillageItemMutation, SanityAddVillageItemMutationVariables>;
export const SanityApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SanityApproveMutation, SanityApproveMutationVariables>;
export const SanityAdoptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityAdopt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptScoringListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SanityAdoptMutation, SanityAdoptMutationVariables>;
export const SanityCreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityCreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<SanityCreateFrameworkMutation, SanityCreateFrameworkMutationVariables>;
export const SanityAddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEvaluationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvaluationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SanityAddItemMutation, SanityAddItemMutationVariables>;
export const SanityUpdateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityUpdateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SanityUpdateItemMutation, SanityUpdateItemMutationVariables>;
export const SanityUpdateRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityUpdateRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFrameworkRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworkRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townsMayDisableVetoItems"}}]}}]}}]}}]} as unknown as DocumentNode<SanityUpdateRulesMutation, SanityUpdateRulesMutationVariables>;
export const SanityPublishFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityPublishFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townsMayDisableVetoItems"}}]}}]}}]}}]} as unknown as DocumentNode<SanityPublishFrameworkMutation, SanityPublishFrameworkMutationVariables>;
export const SanityCreateManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityCreateManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManualInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SanityCreateManualMutation, SanityCreateManualMutationVariables>;
export const SanityPublishManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SanityPublishManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SanityPublishManualMutation, SanityPublishManualMutationVariables>;
export const ActRuleEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActRuleEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruleNote"}}]}}]}}]}}]} as unknown as DocumentNode<ActRuleEntriesQuery, ActRuleEntriesQueryVariables>;
export const AmendInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmendInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmendInboxQuery, AmendInboxQueryVariables>;
export const CatalogueEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleNote"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueEntriesQuery, CatalogueEntriesQueryVariables>;
export const CataloguePendingItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CataloguePendingItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAsked"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"pointLevels"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CataloguePendingItemQuery, CataloguePendingItemQueryVariables>;
export const CorrectionProposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionPropose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLedgerCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLedgerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}}]}}]}}]} as unknown as DocumentNode<CorrectionProposeMutation, CorrectionProposeMutationVariables>;
export const CorrectionConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLedgerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"correctionEntryIds"}},{"kind":"Field","name":{"kind":"Name","value":"retallyId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]} as unknown as DocumentNode<CorrectionConfirmMutation, CorrectionConfirmMutationVariables>;
export const CorrectionRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLedgerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctionEntryIds"}}]}}]}}]} as unknown as DocumentNode<CorrectionRejectMutation, CorrectionRejectMutationVariables>;
export const CorrectionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerCorrectionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionListQuery, CorrectionListQueryVariables>;
export const DeclarationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeclarationsListQuery, DeclarationsListQueryVariables>;
export const DeclarationsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationsMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDeclarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeclarationsMineQuery, DeclarationsMineQueryVariables>;
export const ExplainResidentScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainResidentScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"quarterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quarterPoints"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"declarantName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"declarationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainResidentScoreQuery, ExplainResidentScoreQueryVariables>;
export const ExplainMyScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainMyScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"quarterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quarterPoints"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"itemPointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"repeatMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"declarantName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"declarationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainMyScoreQuery, ExplainMyScoreQueryVariables>;
export const MilestoneEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MilestoneEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleNote"}}]}}]}}]}}]} as unknown as DocumentNode<MilestoneEntriesQuery, MilestoneEntriesQueryVariables>;
export const PeriodsOpenYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeriodsOpenYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openScoringYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringPeriodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<PeriodsOpenYearMutation, PeriodsOpenYearMutationVariables>;
export const PeriodsPeriodForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodsPeriodFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriodFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringPeriodFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<PeriodsPeriodForQuery, PeriodsPeriodForQueryVariables>;
export const PeriodsAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeriodsAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriodStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceScoringPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<PeriodsAdvanceMutation, PeriodsAdvanceMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAsked"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byUserId"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const RolelessTallyLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolelessTallyLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"rankGroup"}},{"kind":"Field","name":{"kind":"Name","value":"creditPoints"}},{"kind":"Field","name":{"kind":"Name","value":"periodCreditPoints"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyPoints"}}]}}]}}]}}]} as unknown as DocumentNode<RolelessTallyLinesQuery, RolelessTallyLinesQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const DisableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<EnableAccountMutation, EnableAccountMutationVariables>;
export const UnlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const GenerateContractDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateContractDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateContractDraftsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateContractDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"byColour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateContractDraftsMutation, GenerateContractDraftsMutationVariables>;
export const ContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractColour"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"colour"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colour"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<ContractsQuery, ContractsQueryVariables>;
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<ContractQuery, ContractQueryVariables>;
export const ContractHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<ContractHistoryQuery, ContractHistoryQueryVariables>;
export const SignContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<SignContractMutation, SignContractMutationVariables>;
export const TerminateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"residentName"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"witnessName"}},{"kind":"Field","name":{"kind":"Name","value":"witnessResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}}]} as unknown as DocumentNode<TerminateContractMutation, TerminateContractMutationVariables>;
export const ContractCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"drafted"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"terminated"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}}]}}]}}]} as unknown as DocumentNode<ContractCoverageQuery, ContractCoverageQueryVariables>;
export const LedgerChainCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerChainCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerChainCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<LedgerChainCheckQuery, LedgerChainCheckQueryVariables>;
export const LedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ArrangeGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArrangeGridMutation, ArrangeGridMutationVariables>;
export const ArrangeHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ArrangeHouseholdMutation, ArrangeHouseholdMutationVariables>;
export const ArrangeSubjectRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeSubjectRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}}]}}]}}]} as unknown as DocumentNode<ArrangeSubjectRoleMutation, ArrangeSubjectRoleMutationVariables>;
export const ArrangeResidentLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeResidentLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResidentLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeResidentLoginMutation, ArrangeResidentLoginMutationVariables>;
export const ArrangeGridLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeGridLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGridLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGridLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeGridLeaderMutation, ArrangeGridLeaderMutationVariables>;
export const ArrangeHouseholdHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeHouseholdHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHouseholdHeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeHouseholdHeadMutation, ArrangeHouseholdHeadMutationVariables>;
export const CreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkMutation, CreateFrameworkMutationVariables>;
export const AddEvaluationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvaluationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEvaluationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvaluationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<AddEvaluationItemMutation, AddEvaluationItemMutationVariables>;
export const UpdateEvaluationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvaluationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateEvaluationItemMutation, UpdateEvaluationItemMutationVariables>;
export const WithdrawEvaluationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEvaluationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEvaluationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<WithdrawEvaluationItemMutation, WithdrawEvaluationItemMutationVariables>;
export const UpdateFrameworkRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFrameworkRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFrameworkRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworkRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<UpdateFrameworkRulesMutation, UpdateFrameworkRulesMutationVariables>;
export const PublishFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<PublishFrameworkMutation, PublishFrameworkMutationVariables>;
export const CreateFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkVersionMutation, CreateFrameworkVersionMutationVariables>;
export const CopyFrameworkToYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyFrameworkToYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyFrameworkToYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CopyFrameworkToYearMutation, CopyFrameworkToYearMutationVariables>;
export const FrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Frameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<FrameworksQuery, FrameworksQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Framework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxAdjustmentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"roleDutyBaseScore"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberRoleDutyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCreditWeight"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const CreateManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManualInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CreateManualMutation, CreateManualMutationVariables>;
export const SetManualAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetManualAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetManualAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setManualAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<SetManualAdjustmentMutation, SetManualAdjustmentMutationVariables>;
export const AddTownItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTownItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTownItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTownItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<AddTownItemMutation, AddTownItemMutationVariables>;
export const UpdateTownItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTownItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTownItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTownItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<UpdateTownItemMutation, UpdateTownItemMutationVariables>;
export const WithdrawTownItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTownItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTownItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<WithdrawTownItemMutation, WithdrawTownItemMutationVariables>;
export const UpdateManualSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateManualSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateManualSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateManualSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<UpdateManualSettingsMutation, UpdateManualSettingsMutationVariables>;
export const PublishManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<PublishManualMutation, PublishManualMutationVariables>;
export const CreateManualVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateManualVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManualVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CreateManualVersionMutation, CreateManualVersionMutationVariables>;
export const ManualsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Manuals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manuals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<ManualsQuery, ManualsQueryVariables>;
export const CurrentManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManualFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManualFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TownManual"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntryDays"}},{"kind":"Field","name":{"kind":"Name","value":"villageMaxItemPoints"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<CurrentManualQuery, CurrentManualQueryVariables>;
export const CreateScoringListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScoringList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<CreateScoringListMutation, CreateScoringListMutationVariables>;
export const AddVillageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVillageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVillageItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<AddVillageItemMutation, AddVillageItemMutationVariables>;
export const UpdateVillageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVillageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVillageItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<UpdateVillageItemMutation, UpdateVillageItemMutationVariables>;
export const WithdrawVillageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawVillageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<WithdrawVillageItemMutation, WithdrawVillageItemMutationVariables>;
export const ApproveVillageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVillageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVillageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<ApproveVillageItemMutation, ApproveVillageItemMutationVariables>;
export const AdoptScoringListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptScoringList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptScoringListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<AdoptScoringListMutation, AdoptScoringListMutationVariables>;
export const VillageScoringListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageScoringList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageScoringList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manualId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"villageItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMin"}},{"kind":"Field","name":{"kind":"Name","value":"pointsMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<VillageScoringListQuery, VillageScoringListQueryVariables>;
export const ScoringListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringListsQuery, ScoringListsQueryVariables>;
export const DeclareActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeclareActMutation, DeclareActMutationVariables>;
export const RegisterActFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterActFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegisterActFullMutation, RegisterActFullMutationVariables>;
export const ReviewDeclarationFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDeclarationFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReviewDeclarationFullMutation, ReviewDeclarationFullMutationVariables>;
export const RegisterActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterActMutation, RegisterActMutationVariables>;
export const ReviewDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewDeclarationMutation, ReviewDeclarationMutationVariables>;
export const OpenScoringYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenScoringYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openScoringYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<OpenScoringYearMutation, OpenScoringYearMutationVariables>;
export const TallyPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TallyPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tallyPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TallyPeriodMutation, TallyPeriodMutationVariables>;
export const PublishTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PublishTallyMutation, PublishTallyMutationVariables>;
export const FinalizePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinalizePeriodMutation, FinalizePeriodMutationVariables>;
export const ScoringPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringPeriodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ScoringPeriodsQuery, ScoringPeriodsQueryVariables>;
export const DeclarationsByStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationsByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationsByStatusQuery, DeclarationsByStatusQueryVariables>;
export const OrgIsolationVillagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgIsolationVillages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}}]}}]}}]}}]} as unknown as DocumentNode<OrgIsolationVillagesQuery, OrgIsolationVillagesQueryVariables>;
export const OrgIsolationOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgIsolationOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationOrgUnitQuery, OrgIsolationOrgUnitQueryVariables>;
export const OrgIsolationRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgIsolationRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationRenameMutation, OrgIsolationRenameMutationVariables>;
export const OrgIsolationCreateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgIsolationCreateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"townId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationCreateVillageMutation, OrgIsolationCreateVillageMutationVariables>;
export const OrgIsolationTownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgIsolationTowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrgIsolationTownsQuery, OrgIsolationTownsQueryVariables>;
export const OrgIsolationDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgIsolationDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationDistrictsQuery, OrgIsolationDistrictsQueryVariables>;
export const OrgIsolationCreateTownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgIsolationCreateTown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTownInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationCreateTownMutation, OrgIsolationCreateTownMutationVariables>;
export const OrgIsolationAuditTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgIsolationAuditTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<OrgIsolationAuditTotalQuery, OrgIsolationAuditTotalQueryVariables>;