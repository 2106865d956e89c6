/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 为村民添加一个主体身份 */
export type AddSubjectRoleInput = {
  /** 结束日期（含当日），可不填 */
  endDate?: string | null | undefined;
  /** 预备党员（仅党员） */
  probationary?: boolean;
  /** 联系的户（仅村民代表） */
  representedHouseholdIds?: Array<string | number> | null | undefined;
  residentId: string | number;
  /** 起始日期（YYYY-MM-DD） */
  startDate: string;
  /** 主体类型 */
  subjectType: SubjectType;
  /** 本届任期届满日期（仅村民代表） */
  termEnd?: string | null | undefined;
};

/** 新建网格 */
export type CreateGridInput = {
  /** 网格编码：字母、数字或连字符，最多 32 位 */
  code: string;
  /** 网格名称，最多 64 字 */
  name: string;
  /** 所属村 */
  villageId: string | number;
};

/** 新建户 */
export type CreateHouseholdInput = {
  /** 住址，最多 128 字 */
  address?: string | null | undefined;
  /** 户号：字母、数字或连字符，最多 32 位 */
  code: string;
  /** 所属网格 */
  gridId?: string | number | null | undefined;
  /** 所属村 */
  villageId: string | number;
};

/** 为村民开通登录账号（村民角色） */
export type CreateResidentLoginInput = {
  /** 初始密码，至少 8 位 */
  password: string;
  residentId: string | number;
  /** 用户名：3–64 位字母、数字、点、下划线或连字符 */
  username: string;
};

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

export type EvidenceFileInput = {
  /** 文件内容（base64）；所有文件合计不超过 2 MB */
  contentBase64: string;
  /** 文件类型：image/jpeg、image/png 或 application/pdf */
  contentType: string;
  /** 文件名 */
  fileName: string;
};

/** 用户名和密码登录 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 用户名 */
  username: string;
};

export type RegisterActInput = {
  /** 事项发生日期（YYYY-MM-DD） */
  actedOn: string;
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
  residentId: string | number;
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
  declarationId: string | number;
  /** 分值（通过或修正时在事项分值范围内选择；按单位计分的事项自动计算） */
  points?: number | null | undefined;
  /** 理由（驳回、修正时必填） */
  reason?: string | null | undefined;
};

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

/** 设置网格长 */
export type SetGridLeaderInput = {
  gridId: string | number;
  /** 网格长：本村在村村民 */
  residentId: string | number;
};

/** 设置户主 */
export type SetHouseholdHeadInput = {
  householdId: string | number;
  /** 户主：须为本户成员 */
  residentId: string | number;
};

/** 主体类型 */
export type SubjectType =
  /** “五老” */
  | 'ELDER'
  /** 党员 */
  | 'PARTY_MEMBER'
  /** 村民代表 */
  | 'REPRESENTATIVE'
  /** 村民 */
  | 'VILLAGER'
  /** 志愿者 */
  | 'VOLUNTEER';

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

export type RegisterActMutationVariables = Exact<{
  input: RegisterActInput;
}>;


export type RegisterActMutation = { registerAct: { id: string, status: DeclarationStatus } };

export type ReviewDeclarationMutationVariables = Exact<{
  input: ReviewDeclarationInput;
}>;


export type ReviewDeclarationMutation = { reviewDeclaration: { id: string, status: DeclarationStatus } };

export type OpenScoringYearMutationVariables = Exact<{
  v: string | number;
  y: number;
}>;


export type OpenScoringYearMutation = { openScoringYear: Array<{ id: string, kind: ScoringPeriodKind, number: number, status: ScoringPeriodStatus, startsOn: string, endsOn: string }> };

export type TallyPeriodMutationVariables = Exact<{
  p: string | number;
}>;


export type TallyPeriodMutation = { tallyPeriod: { id: string, version: number } };

export type PublishTallyMutationVariables = Exact<{
  p: string | number;
}>;


export type PublishTallyMutation = { publishTally: { id: string, endsOn: string } };

export type FinalizePeriodMutationVariables = Exact<{
  p: string | number;
}>;


export type FinalizePeriodMutation = { finalizePeriod: { id: string, status: ScoringPeriodStatus } };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ArrangeGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArrangeGridMutation, ArrangeGridMutationVariables>;
export const ArrangeHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ArrangeHouseholdMutation, ArrangeHouseholdMutationVariables>;
export const ArrangeSubjectRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeSubjectRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubjectRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubjectRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}}]}}]}}]} as unknown as DocumentNode<ArrangeSubjectRoleMutation, ArrangeSubjectRoleMutationVariables>;
export const ArrangeResidentLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeResidentLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidentLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResidentLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeResidentLoginMutation, ArrangeResidentLoginMutationVariables>;
export const ArrangeGridLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeGridLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGridLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGridLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeGridLeaderMutation, ArrangeGridLeaderMutationVariables>;
export const ArrangeHouseholdHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeHouseholdHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHouseholdHeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArrangeHouseholdHeadMutation, ArrangeHouseholdHeadMutationVariables>;
export const RegisterActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterActMutation, RegisterActMutationVariables>;
export const ReviewDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewDeclarationMutation, ReviewDeclarationMutationVariables>;
export const OpenScoringYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenScoringYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openScoringYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<OpenScoringYearMutation, OpenScoringYearMutationVariables>;
export const TallyPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TallyPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tallyPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TallyPeriodMutation, TallyPeriodMutationVariables>;
export const PublishTallyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTally"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PublishTallyMutation, PublishTallyMutationVariables>;
export const FinalizePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinalizePeriodMutation, FinalizePeriodMutationVariables>;