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
    "\n  mutation SetGovernanceTeam($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n      version\n      leader {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SetGovernanceTeamDocument,
    "\n  query GovernanceTeam($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        role\n        dutyTitle\n        resident {\n          id\n          name\n        }\n      }\n      deputies {\n        role\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        role\n        dutyTitle\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GovernanceTeamDocument,
    "\n  query GridsIsolationPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        holders {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridsIsolationPostsDocument,
    "\n  query GridsIsolationPost($id: ID!) {\n    post(id: $id) {\n      id\n    }\n  }\n": typeof types.GridsIsolationPostDocument,
    "\n  query GridsIsolationTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      members {\n        kind\n      }\n    }\n  }\n": typeof types.GridsIsolationTeamsDocument,
    "\n  query GridsIsolationCaptainOn($villageId: ID!) {\n    captainOn(villageId: $villageId, teamNumber: 1, date: \"2026-03-01\") {\n      captain {\n        id\n      }\n    }\n  }\n": typeof types.GridsIsolationCaptainOnDocument,
    "\n  query GridsIsolationGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n    }\n  }\n": typeof types.GridsIsolationGovernanceDocument,
    "\n  query GridsIsolationHistory($id: ID!) {\n    postAssignments(id: $id) {\n      id\n    }\n  }\n": typeof types.GridsIsolationHistoryDocument,
    "\n  query GridsIsolationRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n    }\n  }\n": typeof types.GridsIsolationRotasDocument,
    "\n  mutation GridsIsolationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationCreatePostDocument,
    "\n  mutation GridsIsolationAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationAssignDocument,
    "\n  mutation GridsIsolationEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationEndDocument,
    "\n  mutation GridsIsolationSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationSetTeamDocument,
    "\n  mutation GridsIsolationSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationSetRotaDocument,
    "\n  mutation GridsIsolationSetGov($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsIsolationSetGovDocument,
    "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n      villageId\n      itemCodes\n      holders {\n        id\n      }\n    }\n  }\n": typeof types.PostsCreatePostDocument,
    "\n  mutation PostsAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      startDate\n      endDate\n      resident {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PostsAssignDocument,
    "\n  mutation PostsEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n      endDate\n      endReason\n    }\n  }\n": typeof types.PostsEndDocument,
    "\n  query PostsPosts($villageId: ID!, $gridId: ID) {\n    posts(villageId: $villageId, gridId: $gridId) {\n      total\n      items {\n        id\n        name\n        holders {\n          resident {\n            id\n            name\n          }\n          startDate\n        }\n      }\n    }\n  }\n": typeof types.PostsPostsDocument,
    "\n  query PostsPost($id: ID!) {\n    post(id: $id) {\n      id\n      name\n      duties\n      holders {\n        id\n        resident {\n          id\n        }\n        endDate\n      }\n    }\n  }\n": typeof types.PostsPostDocument,
    "\n  query PostsHistory($id: ID!) {\n    postAssignments(id: $id) {\n      resident {\n        id\n      }\n      startDate\n      endDate\n      endReason\n    }\n  }\n": typeof types.PostsHistoryDocument,
    "\n  mutation ScoringTeamsSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      name\n      members {\n        kind\n        resident {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScoringTeamsSetTeamDocument,
    "\n  query ScoringTeamsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      number\n      name\n      members {\n        kind\n        startDate\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ScoringTeamsTeamsDocument,
    "\n  mutation ScoringTeamsSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n": typeof types.ScoringTeamsSetRotaDocument,
    "\n  query ScoringTeamsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      rotaVersion\n      index\n    }\n  }\n": typeof types.ScoringTeamsCaptainOnDocument,
    "\n  query ScoringTeamsRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n": typeof types.ScoringTeamsRotasDocument,
    "\n  query SeedDemoGridsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeedDemoGridsTeamsDocument,
    "\n  query SeedDemoGridsCaptainOn($villageId: ID!, $n: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $n, date: $date) {\n      captain {\n        id\n      }\n      index\n    }\n  }\n": typeof types.SeedDemoGridsCaptainOnDocument,
    "\n  query SeedDemoGridsGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      leader {\n        dutyTitle\n      }\n      deputies {\n        dutyTitle\n      }\n    }\n  }\n": typeof types.SeedDemoGridsGovernanceDocument,
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
    "\n  mutation SetGovernanceTeam($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n      version\n      leader {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.SetGovernanceTeamDocument,
    "\n  query GovernanceTeam($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        role\n        dutyTitle\n        resident {\n          id\n          name\n        }\n      }\n      deputies {\n        role\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        role\n        dutyTitle\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.GovernanceTeamDocument,
    "\n  query GridsIsolationPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        holders {\n          id\n        }\n      }\n    }\n  }\n": types.GridsIsolationPostsDocument,
    "\n  query GridsIsolationPost($id: ID!) {\n    post(id: $id) {\n      id\n    }\n  }\n": types.GridsIsolationPostDocument,
    "\n  query GridsIsolationTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      members {\n        kind\n      }\n    }\n  }\n": types.GridsIsolationTeamsDocument,
    "\n  query GridsIsolationCaptainOn($villageId: ID!) {\n    captainOn(villageId: $villageId, teamNumber: 1, date: \"2026-03-01\") {\n      captain {\n        id\n      }\n    }\n  }\n": types.GridsIsolationCaptainOnDocument,
    "\n  query GridsIsolationGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n    }\n  }\n": types.GridsIsolationGovernanceDocument,
    "\n  query GridsIsolationHistory($id: ID!) {\n    postAssignments(id: $id) {\n      id\n    }\n  }\n": types.GridsIsolationHistoryDocument,
    "\n  query GridsIsolationRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n    }\n  }\n": types.GridsIsolationRotasDocument,
    "\n  mutation GridsIsolationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationCreatePostDocument,
    "\n  mutation GridsIsolationAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationAssignDocument,
    "\n  mutation GridsIsolationEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationEndDocument,
    "\n  mutation GridsIsolationSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationSetTeamDocument,
    "\n  mutation GridsIsolationSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationSetRotaDocument,
    "\n  mutation GridsIsolationSetGov($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n    }\n  }\n": types.GridsIsolationSetGovDocument,
    "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n      villageId\n      itemCodes\n      holders {\n        id\n      }\n    }\n  }\n": types.PostsCreatePostDocument,
    "\n  mutation PostsAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      startDate\n      endDate\n      resident {\n        id\n        name\n      }\n    }\n  }\n": types.PostsAssignDocument,
    "\n  mutation PostsEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n      endDate\n      endReason\n    }\n  }\n": types.PostsEndDocument,
    "\n  query PostsPosts($villageId: ID!, $gridId: ID) {\n    posts(villageId: $villageId, gridId: $gridId) {\n      total\n      items {\n        id\n        name\n        holders {\n          resident {\n            id\n            name\n          }\n          startDate\n        }\n      }\n    }\n  }\n": types.PostsPostsDocument,
    "\n  query PostsPost($id: ID!) {\n    post(id: $id) {\n      id\n      name\n      duties\n      holders {\n        id\n        resident {\n          id\n        }\n        endDate\n      }\n    }\n  }\n": types.PostsPostDocument,
    "\n  query PostsHistory($id: ID!) {\n    postAssignments(id: $id) {\n      resident {\n        id\n      }\n      startDate\n      endDate\n      endReason\n    }\n  }\n": types.PostsHistoryDocument,
    "\n  mutation ScoringTeamsSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      name\n      members {\n        kind\n        resident {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScoringTeamsSetTeamDocument,
    "\n  query ScoringTeamsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      number\n      name\n      members {\n        kind\n        startDate\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.ScoringTeamsTeamsDocument,
    "\n  mutation ScoringTeamsSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n": types.ScoringTeamsSetRotaDocument,
    "\n  query ScoringTeamsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      rotaVersion\n      index\n    }\n  }\n": types.ScoringTeamsCaptainOnDocument,
    "\n  query ScoringTeamsRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n": types.ScoringTeamsRotasDocument,
    "\n  query SeedDemoGridsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.SeedDemoGridsTeamsDocument,
    "\n  query SeedDemoGridsCaptainOn($villageId: ID!, $n: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $n, date: $date) {\n      captain {\n        id\n      }\n      index\n    }\n  }\n": types.SeedDemoGridsCaptainOnDocument,
    "\n  query SeedDemoGridsGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      leader {\n        dutyTitle\n      }\n      deputies {\n        dutyTitle\n      }\n    }\n  }\n": types.SeedDemoGridsGovernanceDocument,
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
export function graphql(source: "\n  mutation SetGovernanceTeam($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n      version\n      leader {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetGovernanceTeam($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n      version\n      leader {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GovernanceTeam($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        role\n        dutyTitle\n        resident {\n          id\n          name\n        }\n      }\n      deputies {\n        role\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        role\n        dutyTitle\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GovernanceTeam($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        role\n        dutyTitle\n        resident {\n          id\n          name\n        }\n      }\n      deputies {\n        role\n        dutyTitle\n        resident {\n          id\n        }\n      }\n      workers {\n        role\n        dutyTitle\n        fullTime\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        holders {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        holders {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationPost($id: ID!) {\n    post(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationPost($id: ID!) {\n    post(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      members {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      members {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationCaptainOn($villageId: ID!) {\n    captainOn(villageId: $villageId, teamNumber: 1, date: \"2026-03-01\") {\n      captain {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationCaptainOn($villageId: ID!) {\n    captainOn(villageId: $villageId, teamNumber: 1, date: \"2026-03-01\") {\n      captain {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationHistory($id: ID!) {\n    postAssignments(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationHistory($id: ID!) {\n    postAssignments(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsIsolationRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query GridsIsolationRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsIsolationSetGov($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsIsolationSetGov($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n      villageId\n      itemCodes\n      holders {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n      villageId\n      itemCodes\n      holders {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      startDate\n      endDate\n      resident {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostsAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      startDate\n      endDate\n      resident {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n      endDate\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation PostsEnd($input: EndPostAssignmentInput!) {\n    endPostAssignment(input: $input) {\n      id\n      endDate\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsPosts($villageId: ID!, $gridId: ID) {\n    posts(villageId: $villageId, gridId: $gridId) {\n      total\n      items {\n        id\n        name\n        holders {\n          resident {\n            id\n            name\n          }\n          startDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostsPosts($villageId: ID!, $gridId: ID) {\n    posts(villageId: $villageId, gridId: $gridId) {\n      total\n      items {\n        id\n        name\n        holders {\n          resident {\n            id\n            name\n          }\n          startDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsPost($id: ID!) {\n    post(id: $id) {\n      id\n      name\n      duties\n      holders {\n        id\n        resident {\n          id\n        }\n        endDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostsPost($id: ID!) {\n    post(id: $id) {\n      id\n      name\n      duties\n      holders {\n        id\n        resident {\n          id\n        }\n        endDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsHistory($id: ID!) {\n    postAssignments(id: $id) {\n      resident {\n        id\n      }\n      startDate\n      endDate\n      endReason\n    }\n  }\n"): (typeof documents)["\n  query PostsHistory($id: ID!) {\n    postAssignments(id: $id) {\n      resident {\n        id\n      }\n      startDate\n      endDate\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringTeamsSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      name\n      members {\n        kind\n        resident {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringTeamsSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      name\n      members {\n        kind\n        resident {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringTeamsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      number\n      name\n      members {\n        kind\n        startDate\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringTeamsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      id\n      number\n      name\n      members {\n        kind\n        startDate\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringTeamsSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringTeamsSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      id\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringTeamsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      rotaVersion\n      index\n    }\n  }\n"): (typeof documents)["\n  query ScoringTeamsCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      rotaVersion\n      index\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringTeamsRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringTeamsRotas($id: ID!) {\n    captainRotas(id: $id) {\n      version\n      startsOn\n      periodDays\n      captains {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDemoGridsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedDemoGridsTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDemoGridsCaptainOn($villageId: ID!, $n: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $n, date: $date) {\n      captain {\n        id\n      }\n      index\n    }\n  }\n"): (typeof documents)["\n  query SeedDemoGridsCaptainOn($villageId: ID!, $n: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $n, date: $date) {\n      captain {\n        id\n      }\n      index\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDemoGridsGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      leader {\n        dutyTitle\n      }\n      deputies {\n        dutyTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedDemoGridsGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      leader {\n        dutyTitle\n      }\n      deputies {\n        dutyTitle\n      }\n    }\n  }\n"];
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