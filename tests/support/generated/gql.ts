/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ArrangeGridDocument,
    "\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.ArrangeHouseholdDocument,
    "\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n": typeof types.ArrangeSubjectRoleDocument,
    "\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeResidentLoginDocument,
    "\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeGridLeaderDocument,
    "\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeHouseholdHeadDocument,
    "\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterActDocument,
    "\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewDeclarationDocument,
    "\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.OpenScoringYearDocument,
    "\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n": typeof types.TallyPeriodDocument,
    "\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n": typeof types.PublishTallyDocument,
    "\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n": typeof types.FinalizePeriodDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.ArrangeGridDocument,
    "\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n": types.ArrangeHouseholdDocument,
    "\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n": types.ArrangeSubjectRoleDocument,
    "\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n": types.ArrangeResidentLoginDocument,
    "\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n": types.ArrangeGridLeaderDocument,
    "\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n": types.ArrangeHouseholdHeadDocument,
    "\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterActDocument,
    "\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReviewDeclarationDocument,
    "\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n": types.OpenScoringYearDocument,
    "\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n": types.TallyPeriodDocument,
    "\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n": types.PublishTallyDocument,
    "\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n": types.FinalizePeriodDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;