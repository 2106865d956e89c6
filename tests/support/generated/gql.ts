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
    "\n  mutation AccountLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.AccountLockoutLoginDocument,
    "\n  mutation AccountsCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AccountsCreateVillageDocument,
    "\n  mutation AccountsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": typeof types.AccountsCreateResidentDocument,
    "\n  query AccountsMe {\n    me {\n      username\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountsMeDocument,
    "\n  mutation DeclareWithNote($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclareWithNoteDocument,
    "\n  mutation RenameForAudit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameForAuditDocument,
    "\n  query AuditPageBytes($limit: Int!, $operation: String) {\n    auditLog(limit: $limit, operation: $operation) {\n      total\n      nextOffset\n      items {\n        detail\n      }\n    }\n  }\n": typeof types.AuditPageBytesDocument,
    "\n  mutation LoginAndAuditLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.LoginAndAuditLoginDocument,
    "\n  mutation LoginThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.LoginThrottleLoginDocument,
    "\n  query TokenClaimsMe {\n    me {\n      id\n    }\n  }\n": typeof types.TokenClaimsMeDocument,
    "\n  mutation ChainImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n": typeof types.ChainImportDocument,
    "\n  query ChainResidents($villageId: ID!, $subjectType: SubjectType, $search: String) {\n    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {\n      total\n      items {\n        id\n        name\n        grid {\n          code\n        }\n        household {\n          code\n        }\n        subjectRoles {\n          subjectType\n          probationary\n        }\n      }\n    }\n  }\n": typeof types.ChainResidentsDocument,
    "\n  query ChainResident($id: ID!) {\n    resident(id: $id) {\n      id\n    }\n  }\n": typeof types.ChainResidentDocument,
    "\n  query ChainHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n": typeof types.ChainHouseholdsDocument,
    "\n  mutation ChainCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n    }\n  }\n": typeof types.ChainCreatePostDocument,
    "\n  mutation ChainAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      resident {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChainAssignDocument,
    "\n  query ChainPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChainPostsDocument,
    "\n  query ChainTerms($id: ID!) {\n    postAssignments(id: $id) {\n      startDate\n      endDate\n      resident {\n        name\n      }\n    }\n  }\n": typeof types.ChainTermsDocument,
    "\n  mutation ChainSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ChainSetTeamDocument,
    "\n  query ChainTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChainTeamsDocument,
    "\n  mutation ChainSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      version\n    }\n  }\n": typeof types.ChainSetRotaDocument,
    "\n  query ChainCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      index\n    }\n  }\n": typeof types.ChainCaptainOnDocument,
    "\n  mutation ChainSetGovernance($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      version\n    }\n  }\n": typeof types.ChainSetGovernanceDocument,
    "\n  query ChainGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChainGovernanceDocument,
    "\n  mutation ContractDatesGenerate($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n": typeof types.ContractDatesGenerateDocument,
    "\n  query ContractDatesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n": typeof types.ContractDatesContractsDocument,
    "\n  mutation ContractDatesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      status\n      signedOn\n    }\n  }\n": typeof types.ContractDatesSignDocument,
    "\n  query ContractHistoryBatchPage($v: ID!) {\n    contracts(villageId: $v, limit: 100) {\n      total\n      items {\n        id\n        history {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ContractHistoryBatchPageDocument,
    "\n  query ContractHistoryBatchOne($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n      }\n    }\n  }\n": typeof types.ContractHistoryBatchOneDocument,
    "\n  fragment ContractTemplatesFields on ContractTemplate {\n    id\n    colour\n    title\n    clauses\n    itemCodes\n    version\n    status\n    extendsTemplateId\n    townId\n  }\n": typeof types.ContractTemplatesFieldsFragmentDoc,
    "\n  query ContractTemplatesTemplates($colour: ContractColour, $status: ContractTemplateStatus) {\n    contractTemplates(colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        id\n        colour\n        title\n        clauses\n        itemCodes\n        version\n        status\n        extendsTemplateId\n        townId\n      }\n    }\n  }\n": typeof types.ContractTemplatesTemplatesDocument,
    "\n  query ContractTemplatesTemplate($id: ID!) {\n    contractTemplate(id: $id) {\n      ...ContractTemplatesFields\n    }\n  }\n": typeof types.ContractTemplatesTemplateDocument,
    "\n  query ContractTemplatesEffective($villageId: ID!, $colour: ContractColour!) {\n    effectiveContractTemplate(villageId: $villageId, colour: $colour) {\n      title\n      clauses\n      itemCodes\n      newerBaseVersion\n      template {\n        id\n        version\n      }\n      base {\n        id\n        version\n      }\n      extension {\n        id\n      }\n    }\n  }\n": typeof types.ContractTemplatesEffectiveDocument,
    "\n  mutation ContractTemplatesCreate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": typeof types.ContractTemplatesCreateDocument,
    "\n  mutation ContractTemplatesAddClause($input: AddContractClauseInput!) {\n    addContractClause(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": typeof types.ContractTemplatesAddClauseDocument,
    "\n  mutation ContractTemplatesSetItems($input: SetContractTemplateItemsInput!) {\n    setContractTemplateItems(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": typeof types.ContractTemplatesSetItemsDocument,
    "\n  mutation ContractTemplatesPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      ...ContractTemplatesFields\n      publishedAt\n    }\n  }\n": typeof types.ContractTemplatesPublishDocument,
    "\n  mutation ContractsCreateTemplate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.ContractsCreateTemplateDocument,
    "\n  mutation ContractsPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ContractsPublishDocument,
    "\n  query MyContracts($year: Int) {\n    myContracts(year: $year) {\n      ...ContractFields\n      villageId\n    }\n  }\n": typeof types.MyContractsDocument,
    "\n    mutation CycleOpen($v: ID!, $y: Int!) {\n      openScoringYear(villageId: $v, year: $y) {\n        id\n        kind\n        number\n        status\n      }\n    }\n  ": typeof types.CycleOpenDocument,
    "\n    mutation CycleRegister($input: RegisterActInput!) {\n      registerAct(input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.CycleRegisterDocument,
    "\n    mutation CycleDeclare($input: DeclareActInput!) {\n      declareAct(input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.CycleDeclareDocument,
    "\n    mutation CycleReview($input: ReviewDeclarationInput!) {\n      reviewDeclaration(input: $input) {\n        id\n        status\n      }\n    }\n  ": typeof types.CycleReviewDocument,
    "\n    mutation CycleTally($p: ID!, $r: String) {\n      tallyPeriod(periodId: $p, reason: $r) {\n        id\n        version\n        residentCount\n        contentHash\n        ledgerSeq\n        ledgerAnchorHash\n        lines {\n          id\n          residentId\n          residentName\n          subjectTypes\n          probationary\n          creditPoints\n          creditScore\n          periodCreditPoints\n          roleDutyPoints\n          roleDutyScore\n          rankGroup\n          rank\n          vetoed\n          evaluation {\n            stars\n            starsNote\n            partyMember {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n            representative {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CycleTallyDocument,
    "\n    mutation CyclePublish($p: ID!) {\n      publishTally(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        periodLabel\n        tally {\n          id\n          version\n        }\n      }\n    }\n  ": typeof types.CyclePublishDocument,
    "\n    mutation CycleFinalize($p: ID!) {\n      finalizePeriod(periodId: $p) {\n        id\n        status\n      }\n    }\n  ": typeof types.CycleFinalizeDocument,
    "\n    query CycleNotice($p: ID!) {\n      publicNotice(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        openObjections\n        tally {\n          id\n          version\n          lines {\n            id\n            residentId\n            residentName\n            creditScore\n            roleDutyScore\n            rankGroup\n            rank\n            evaluation {\n              stars\n              partyMember {\n                grade\n                composite\n                note\n              }\n              representative {\n                grade\n                composite\n                note\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CycleNoticeDocument,
    "\n    query CycleVersions($p: ID!) {\n      scoreTallies(periodId: $p) {\n        id\n        version\n        reason\n        contentHash\n      }\n    }\n  ": typeof types.CycleVersionsDocument,
    "\n    query CycleVerify($id: ID!) {\n      verifyScoreTally(tallyId: $id) {\n        valid\n        contentHashMatches\n        anchorMatches\n        chainValid\n        sumsMatch\n        problems\n      }\n    }\n  ": typeof types.CycleVerifyDocument,
    "\n    mutation CycleRaise($input: RaiseObjectionInput!) {\n      raiseObjection(input: $input) {\n        id\n        status\n        raisedOn\n        answerDueOn\n        overdue\n      }\n    }\n  ": typeof types.CycleRaiseDocument,
    "\n    mutation CycleAnswer($input: AnswerObjectionInput!) {\n      answerObjection(input: $input) {\n        id\n        status\n        answer\n        answeredOn\n        answeredLate\n        correctionEntryIds\n        retallyId\n      }\n    }\n  ": typeof types.CycleAnswerDocument,
    "\n    query CycleObjections($p: ID!) {\n      objections(periodId: $p) {\n        total\n        items {\n          id\n          status\n          overdue\n          answerDueOn\n        }\n      }\n    }\n  ": typeof types.CycleObjectionsDocument,
    "\n    query CycleInbox {\n      myNotifications(limit: 100) {\n        total\n        items {\n          kind\n          title\n          body\n        }\n      }\n    }\n  ": typeof types.CycleInboxDocument,
    "\n  query QuarterlyNoticeOneTally($id: ID!) {\n    scoreTally(id: $id) {\n      id\n    }\n  }\n": typeof types.QuarterlyNoticeOneTallyDocument,
    "\n  query QuarterlyNoticeScore($r: ID!, $y: Int, $q: Int) {\n    residentScore(residentId: $r, year: $y, quarter: $q) {\n      postedVersion\n      laterEntries\n      tracks {\n        track\n        score\n      }\n      entries {\n        itemCode\n        points\n      }\n    }\n  }\n": typeof types.QuarterlyNoticeScoreDocument,
    "\n  mutation WholeYearRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n    }\n  }\n": typeof types.WholeYearRateDocument,
    "\n  query WholeYearChain($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n    }\n  }\n": typeof types.WholeYearChainDocument,
    "\n  query DemoIncentivesResidents($v: ID!) {\n    residents(villageId: $v, limit: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DemoIncentivesResidentsDocument,
    "\n  query DemoIncentivesShops {\n    shops {\n      id\n      name\n      kind\n      townShop\n      goods {\n        name\n        pricePoints\n        valueYuan\n        stock\n        unlimited\n        isService\n        limitPerPerson\n      }\n    }\n  }\n": typeof types.DemoIncentivesShopsDocument,
    "\n  query DemoIncentivesShopRedemptions($s: ID!) {\n    shopRedemptions(shopId: $s) {\n      goodsName\n      status\n      points\n      onBehalf\n      residentConfirmation\n      pickupCode\n    }\n  }\n": typeof types.DemoIncentivesShopRedemptionsDocument,
    "\n  query DemoIncentivesMyRedemptions {\n    myRedemptions {\n      shopId\n      goodsName\n      status\n      pickupCode\n      pickupBy\n    }\n  }\n": typeof types.DemoIncentivesMyRedemptionsDocument,
    "\n  mutation DemoIncentivesConfirmPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      status\n      goodsName\n    }\n  }\n": typeof types.DemoIncentivesConfirmPickupDocument,
    "\n  query DemoIncentivesResidentPoints($r: ID!) {\n    residentPoints(residentId: $r) {\n      balance\n      movements {\n        kind\n        points\n        occurredOn\n      }\n    }\n  }\n": typeof types.DemoIncentivesResidentPointsDocument,
    "\n  query DemoIncentivesPointsChain($v: ID!) {\n    checkPointsChain(villageId: $v) {\n      ok\n      balancesMatch\n      entries\n    }\n  }\n": typeof types.DemoIncentivesPointsChainDocument,
    "\n  query DemoIncentivesNominations($t: ID!, $year: Int!) {\n    honourNominations(townId: $t, year: $year) {\n      residentName\n      honourName\n      status\n      decisionReason\n    }\n  }\n": typeof types.DemoIncentivesNominationsDocument,
    "\n  query DemoIncentivesCases($v: ID!, $year: Int!) {\n    constraintCases(villageId: $v, year: $year) {\n      id\n      kind\n      residentName\n      outcome\n      outcomeOn\n      mentorResidentId\n    }\n  }\n": typeof types.DemoIncentivesCasesDocument,
    "\n  query DemoIncentivesByElections($v: ID!) {\n    byElections(villageId: $v) {\n      caseId\n      status\n      termEnd\n    }\n  }\n": typeof types.DemoIncentivesByElectionsDocument,
    "\n  query DemoIncentivesVisits($c: ID!) {\n    mentoringVisits(caseId: $c) {\n      visitedOn\n      note\n    }\n  }\n": typeof types.DemoIncentivesVisitsDocument,
    "\n  query DemoIncentivesPeriods($v: ID!, $year: Int!) {\n    scoringPeriods(villageId: $v, year: $year) {\n      id\n      kind\n      number\n    }\n  }\n": typeof types.DemoIncentivesPeriodsDocument,
    "\n  query DemoIncentivesNoticeRoles($p: ID!) {\n    publicNotice(periodId: $p) {\n      tally {\n        lines {\n          residentName\n          subjectTypes\n        }\n      }\n    }\n  }\n": typeof types.DemoIncentivesNoticeRolesDocument,
    "\n  query DemoIncentivesPayoutPlans($v: ID!, $year: Int!) {\n    payoutPlans(villageId: $v, year: $year) {\n      title\n      status\n      periodKind\n      periodNumber\n      yuanPerPoint\n      totalYuan\n      votePresent\n      voteFor\n      votedOn\n      paidOn\n      lines {\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n": typeof types.DemoIncentivesPayoutPlansDocument,
    "\n  query DemoQuarterEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      items {\n        id\n        itemCode\n        kind\n      }\n    }\n  }\n": typeof types.DemoQuarterEntriesDocument,
    "\n  query DemoVillagePeople($v: ID!, $captainOn: String!) {\n    residents(villageId: $v, limit: 100) {\n      total\n    }\n    partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) {\n      total\n    }\n    grids(villageId: $v) {\n      id\n      name\n    }\n    posts(villageId: $v, limit: 100) {\n      total\n      items {\n        holders {\n          id\n        }\n      }\n    }\n    scoringTeams(villageId: $v) {\n      number\n      members {\n        kind\n      }\n    }\n    governanceTeam(villageId: $v) {\n      deputies {\n        dutyTitle\n      }\n    }\n    captainOn(villageId: $v, teamNumber: 1, date: $captainOn) {\n      captain {\n        name\n      }\n    }\n  }\n": typeof types.DemoVillagePeopleDocument,
    "\n  query E2eTallyNoticeLines($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.E2eTallyNoticeLinesDocument,
    "\n  query E2eTallyNotice($p: ID!) {\n    publicNotice(periodId: $p) {\n      endsOn\n      tally {\n        lines {\n          id\n          residentName\n        }\n      }\n    }\n  }\n": typeof types.E2eTallyNoticeDocument,
    "\n  fragment AppraisalSampleFields on AppraisalSampleItem {\n    id\n    villageId\n    year\n    position\n    sampleSize\n    residentId\n    residentName\n    subjectTypes\n    drawnBy\n    finding\n    findingNote\n    findingBy\n  }\n": typeof types.AppraisalSampleFieldsFragmentDoc,
    "\n  mutation AppraisalRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n": typeof types.AppraisalRateDocument,
    "\n  query AppraisalSummary($villageId: ID!, $year: Int!) {\n    appraisalSummary(villageId: $villageId, year: $year) {\n      rateeResidentId\n      rateeName\n      subjectType\n      peerCount\n      peerAverage\n      massCount\n      massAverage\n    }\n  }\n": typeof types.AppraisalSummaryDocument,
    "\n  query AppraisalRatings($villageId: ID!, $year: Int!) {\n    appraisalRatings(villageId: $villageId, year: $year) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n": typeof types.AppraisalRatingsDocument,
    "\n  mutation AppraisalDraw($villageId: ID!, $year: Int!, $size: Int!) {\n    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {\n      ...AppraisalSampleFields\n    }\n  }\n": typeof types.AppraisalDrawDocument,
    "\n  mutation AppraisalFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {\n    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {\n      ...AppraisalSampleFields\n    }\n  }\n": typeof types.AppraisalFindingDocument,
    "\n  query AppraisalSample($villageId: ID!, $year: Int!) {\n    appraisalSample(villageId: $villageId, year: $year) {\n      ...AppraisalSampleFields\n    }\n  }\n": typeof types.AppraisalSampleDocument,
    "\n  query AppraisalFrameworkRules($id: ID!) {\n    framework(id: $id) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n": typeof types.AppraisalFrameworkRulesDocument,
    "\n  mutation AppraisalUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n": typeof types.AppraisalUpdateRulesDocument,
    "\n  query CadreYearTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": typeof types.CadreYearTalliesDocument,
    "\n  query CadreTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        roleDutyScore\n        evaluation {\n          cadre {\n            composite\n            grade\n          }\n          partyMember {\n            grade\n          }\n        }\n      }\n    }\n  }\n": typeof types.CadreTallyDocument,
    "\n  query DistrictRecordScore($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        score\n      }\n      districtRecord {\n        score\n        letterGrade\n        entryCount\n      }\n    }\n  }\n": typeof types.DistrictRecordScoreDocument,
    "\n  query DistrictRecordTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": typeof types.DistrictRecordTalliesDocument,
    "\n  query DistrictRecordTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          districtRecord {\n            score\n            letterGrade\n          }\n        }\n      }\n    }\n  }\n": typeof types.DistrictRecordTallyDocument,
    "\n  query DraftPreviewOfTown($manualId: ID, $frameworkId: ID, $year: Int) {\n    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {\n      draftKind\n      draftId\n      draftVersion\n      year\n      changedItems {\n        code\n        currentRule\n        draftRule\n        villages\n      }\n      villages {\n        villageId\n        townId\n        hasList\n        residents\n        rescoredEntries\n        changedPeople\n        scoreChangedPeople\n        current {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n        draft {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.DraftPreviewOfTownDocument,
    "\n  query DraftPreviewPeopleOfVillage(\n    $manualId: ID\n    $frameworkId: ID\n    $villageId: ID!\n    $onlyChanged: Boolean!\n  ) {\n    draftPreviewPeople(\n      manualId: $manualId\n      frameworkId: $frameworkId\n      villageId: $villageId\n      onlyChanged: $onlyChanged\n      limit: 50\n    ) {\n      total\n      village {\n        changedPeople\n      }\n      items {\n        residentId\n        residentName\n        gradeChanged\n        starsChanged\n        scoreChanged\n        current {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        draft {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        items {\n          itemCode\n          entries\n          recordedPoints\n          draftPoints\n        }\n      }\n    }\n  }\n": typeof types.DraftPreviewPeopleOfVillageDocument,
    "\n  query DraftPreviewResidentScore($id: ID!, $year: Int) {\n    residentScore(residentId: $id, year: $year) {\n      tracks {\n        track\n        score\n        entryCount\n      }\n    }\n  }\n": typeof types.DraftPreviewResidentScoreDocument,
    "\n  query JudgementYearLines($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": typeof types.JudgementYearLinesDocument,
    "\n  query JudgementTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          starsNote\n          partyMember {\n            grade\n            note\n          }\n        }\n      }\n    }\n  }\n": typeof types.JudgementTallyDocument,
    "\n  mutation JudgementRepair($input: RepairCreditInput!) {\n    repairCredit(input: $input) {\n      points\n      ruleNote\n    }\n  }\n": typeof types.JudgementRepairDocument,
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
    "\n  mutation CasesOpen($villageId: ID!, $year: Int!) {\n    openYearCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      residentName\n      deadline\n      overdue\n      outcome\n    }\n  }\n": typeof types.CasesOpenDocument,
    "\n  query CasesList($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      overdue\n      outcome\n      mentorResidentId\n    }\n  }\n": typeof types.CasesListDocument,
    "\n  mutation CasesClose($input: CloseConstraintCaseInput!) {\n    closeConstraintCase(input: $input) {\n      id\n      outcome\n      outcomeText\n      outcomeOn\n    }\n  }\n": typeof types.CasesCloseDocument,
    "\n  query CasesByElections($villageId: ID!) {\n    byElections(villageId: $villageId) {\n      id\n      caseId\n      householdIds\n      termEnd\n      status\n    }\n  }\n": typeof types.CasesByElectionsDocument,
    "\n  mutation CasesElect($input: RecordByElectionInput!) {\n    recordByElection(input: $input) {\n      status\n      electedResidentId\n      electedRoleId\n    }\n  }\n": typeof types.CasesElectDocument,
    "\n  mutation CasesAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      mentorResidentId\n    }\n  }\n": typeof types.CasesAssignDocument,
    "\n  mutation CasesVisit($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n      visitedOn\n    }\n  }\n": typeof types.CasesVisitDocument,
    "\n  query CasesVisits($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n": typeof types.CasesVisitsDocument,
    "\n  mutation CasesGenerateContracts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n": typeof types.CasesGenerateContractsDocument,
    "\n  query CasesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n": typeof types.CasesContractsDocument,
    "\n  mutation CasesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      status\n    }\n  }\n": typeof types.CasesSignDocument,
    "\n  mutation HonourCreateType($input: CreateHonourTypeInput!) {\n    createHonourType(input: $input) {\n      id\n      name\n      minStars\n    }\n  }\n": typeof types.HonourCreateTypeDocument,
    "\n  query HonourTypes {\n    honourTypes {\n      id\n      name\n    }\n  }\n": typeof types.HonourTypesDocument,
    "\n  mutation HonourNominate($input: NominateHonourInput!) {\n    nominateHonour(input: $input) {\n      id\n      status\n      stars\n      honourName\n      residentName\n    }\n  }\n": typeof types.HonourNominateDocument,
    "\n  mutation HonourDecide($input: DecideNominationInput!) {\n    decideHonourNomination(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.HonourDecideDocument,
    "\n  mutation HonourPublish($townId: ID!, $year: Int!) {\n    publishHonourList(townId: $townId, year: $year) {\n      id\n      honourCount\n    }\n  }\n": typeof types.HonourPublishDocument,
    "\n  query HonourNominations($villageId: ID, $townId: ID, $year: Int) {\n    honourNominations(villageId: $villageId, townId: $townId, year: $year) {\n      id\n      residentName\n      status\n    }\n  }\n": typeof types.HonourNominationsDocument,
    "\n  query HonourResidentHonours($residentId: ID!) {\n    residentHonours(residentId: $residentId) {\n      honourName\n      year\n      status\n    }\n  }\n": typeof types.HonourResidentHonoursDocument,
    "\n  query HonourMine {\n    myHonours {\n      honourName\n      year\n    }\n  }\n": typeof types.HonourMineDocument,
    "\n  query MyVisitsCases($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n    }\n  }\n": typeof types.MyVisitsCasesDocument,
    "\n  mutation MyVisitsAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      id\n    }\n  }\n": typeof types.MyVisitsAssignDocument,
    "\n  mutation MyVisitsRecord($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.MyVisitsRecordDocument,
    "\n  query MyVisitsOfCase($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.MyVisitsOfCaseDocument,
    "\n  query MyVisitsMine {\n    myMentoringVisits {\n      id\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n": typeof types.MyVisitsMineDocument,
    "\n  mutation PayoutDraft($input: DraftPayoutPlanInput!) {\n    draftPayoutPlan(input: $input) {\n      id\n      status\n      totalYuan\n      lineCount\n      digest\n      tallyLines: lines {\n        position\n        residentId\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n": typeof types.PayoutDraftDocument,
    "\n  mutation PayoutVote($input: RecordPayoutVoteInput!) {\n    recordPayoutVote(input: $input) {\n      id\n      status\n      votePresent\n      voteFor\n    }\n  }\n": typeof types.PayoutVoteDocument,
    "\n  mutation PayoutPost($planId: ID!) {\n    postPayoutPlan(planId: $planId) {\n      id\n      status\n      postedAt\n    }\n  }\n": typeof types.PayoutPostDocument,
    "\n  mutation PayoutPaid($input: MarkPayoutPaidInput!) {\n    markPayoutPaid(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": typeof types.PayoutPaidDocument,
    "\n  query PayoutPlans($villageId: ID!) {\n    payoutPlans(villageId: $villageId) {\n      id\n      status\n      events {\n        status\n        note\n      }\n    }\n  }\n": typeof types.PayoutPlansDocument,
    "\n  query PayoutPlan($id: ID!) {\n    payoutPlan(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PayoutPlanDocument,
    "\n  mutation RedeemFor($input: ReserveRedemptionForInput!) {\n    reserveRedemptionFor(input: $input) {\n      id\n      status\n      points\n      residentId\n      pickupCode\n    }\n  }\n": typeof types.RedeemForDocument,
    "\n  mutation RedeemOwn($input: ReserveRedemptionInput!) {\n    reserveRedemption(input: $input) {\n      id\n      status\n      points\n      pickupCode\n    }\n  }\n": typeof types.RedeemOwnDocument,
    "\n  query RedeemMyShops {\n    myShops {\n      balance\n      shops {\n        shop {\n          id\n          name\n          townShop\n        }\n        offers {\n          goods {\n            id\n          }\n          canRedeem\n          whyNot\n        }\n      }\n    }\n  }\n": typeof types.RedeemMyShopsDocument,
    "\n  query RedeemMyPoints {\n    myPoints {\n      balance\n      lots {\n        id\n        amount\n        remaining\n        expiresOn\n      }\n      movements {\n        kind\n        points\n        lotId\n      }\n    }\n  }\n": typeof types.RedeemMyPointsDocument,
    "\n  mutation RedeemPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RedeemPickupDocument,
    "\n  mutation RedeemSetPolicy($input: SetPointsPolicyInput!) {\n    setPointsPolicy(input: $input) {\n      expiryMode\n      validityMonths\n    }\n  }\n": typeof types.RedeemSetPolicyDocument,
    "\n  query InboxInbox($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      unreadCount\n      items {\n        id\n        kind\n        kindLabel\n        title\n        body\n        read\n        readAt\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": typeof types.InboxInboxDocument,
    "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      read\n      readAt\n    }\n  }\n": typeof types.InboxMarkDocument,
    "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n": typeof types.InboxMarkAllDocument,
    "\n  query ReviewerInbox {\n    myNotifications(limit: 100) {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReviewerInboxDocument,
    "\n  mutation ReviewerInboxRaise($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      answerDueOn\n    }\n  }\n": typeof types.ReviewerInboxRaiseDocument,
    "\n  mutation ActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      checkInCode\n      status\n    }\n  }\n": typeof types.ActivityCreateDocument,
    "\n  mutation ActivityCheckIn($code: String!) {\n    checkInVolunteer(code: $code) {\n      activityTitle\n      hours\n    }\n  }\n": typeof types.ActivityCheckInDocument,
    "\n  mutation ActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n      hours\n    }\n  }\n": typeof types.ActivityRegisterDocument,
    "\n  mutation ActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n    }\n  }\n": typeof types.ActivityCloseDocument,
    "\n  query ActivityRead($id: ID!) {\n    volunteerActivity(id: $id) {\n      participants {\n        residentName\n        channel\n        hours\n        declarationId\n      }\n    }\n  }\n": typeof types.ActivityReadDocument,
    "\n  mutation PhotoActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.PhotoActivityCreateDocument,
    "\n  mutation PhotoActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n    }\n  }\n": typeof types.PhotoActivityRegisterDocument,
    "\n  mutation PhotoActivityAdd($input: AddActivityPhotoInput!) {\n    addVolunteerActivityPhoto(input: $input) {\n      id\n      sha256\n      sizeBytes\n    }\n  }\n": typeof types.PhotoActivityAddDocument,
    "\n  mutation PhotoRegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n    }\n  }\n": typeof types.PhotoRegisterActDocument,
    "\n  mutation PhotoActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n      photos {\n        sha256\n      }\n      participants {\n        declarationId\n      }\n    }\n  }\n": typeof types.PhotoActivityCloseDocument,
    "\n  query AnomalyAlerts($unitId: ID!, $status: AnomalyAlertStatus, $kind: AnomalyKind, $limit: Int) {\n    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        villageId\n        villageName\n        subjectKind\n        subjectId\n        subjectName\n        periodLabel\n        occurredOn\n        summary\n        evidence\n        declarationIds\n        residentIds\n        status\n        resolution {\n          resolution\n          note\n          resolvedByName\n        }\n      }\n    }\n  }\n": typeof types.AnomalyAlertsDocument,
    "\n  mutation AnomalyResolve($input: ResolveAnomalyAlertInput!) {\n    resolveAnomalyAlert(input: $input) {\n      id\n      status\n      resolution {\n        resolution\n        note\n        resolvedByName\n      }\n    }\n  }\n": typeof types.AnomalyResolveDocument,
    "\n  mutation AnomalyCorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n    }\n  }\n": typeof types.AnomalyCorrectionProposeDocument,
    "\n  mutation AnomalyCorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AnomalyCorrectionConfirmDocument,
    "\n  query DashboardOf($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {\n      unitName\n      childLevel\n      rows {\n        unitId\n        unitName\n        values {\n          key\n          value\n          previous\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.DashboardOfDocument,
    "\n  query FairnessOf($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {\n      villageName\n      periodLabel\n      startsOn\n      endsOn\n      scoreSource\n      scoreNote\n      outlierRule\n      village {\n        residents\n        deductions\n        deductionsPer100\n      }\n      dimensions {\n        key\n        label\n        groups {\n          key\n          label\n          residents\n          scoredResidents\n          averageCreditScore\n          deductions\n          deductionPoints\n          deductionsPer100\n          objectionsRaised\n          objectionsUpheld\n          check {\n            zScore\n            flagged\n            deviation\n            reason\n          }\n        }\n      }\n      reviewers {\n        accountId\n        displayName\n        entriesApproved\n        deductions\n        deductionShare\n        check {\n          zScore\n          flagged\n          deviation\n          reason\n        }\n      }\n      reviewerTotal {\n        entriesApproved\n        deductions\n        deductionShare\n      }\n    }\n  }\n": typeof types.FairnessOfDocument,
    "\n  mutation MeetingCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n      expectedAttendees {\n        residentId\n        residentName\n      }\n    }\n  }\n": typeof types.MeetingCreateDocument,
    "\n  mutation MeetingRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      status\n      attendance {\n        residentName\n        status\n        declarationId\n      }\n    }\n  }\n": typeof types.MeetingRecordDocument,
    "\n  query MeetingRead($id: ID!) {\n    meeting(id: $id) {\n      id\n    }\n  }\n": typeof types.MeetingReadDocument,
    "\n  query MeetingRates($villageId: ID!, $year: Int!) {\n    meetingAttendanceRates(villageId: $villageId, year: $year) {\n      type\n      quarter\n      meetings\n      expected\n      present\n      excused\n      absent\n      rate\n    }\n  }\n": typeof types.MeetingRatesDocument,
    "\n  query MeetingDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.MeetingDashboardDocument,
    "\n  mutation OutcomeRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      kind\n      occurredOn\n      amountYuan\n      counts\n      recordedByName\n    }\n  }\n": typeof types.OutcomeRecordDocument,
    "\n  mutation OutcomeCorrect($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n      correctsId\n      amountYuan\n      withdrawn\n    }\n  }\n": typeof types.OutcomeCorrectDocument,
    "\n  query OutcomeRecords($unitId: ID!, $year: Int!) {\n    outcomeRecords(unitId: $unitId, year: $year) {\n      id\n      kind\n      counts\n      correctedById\n    }\n  }\n": typeof types.OutcomeRecordsDocument,
    "\n  query OutcomeDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.OutcomeDashboardDocument,
    "\n  query PublicNoticeRead($id: ID!) {\n    publicArtefact(id: $id) {\n      artefactId\n      kind\n      title\n      canonical\n      digest\n      seq\n      entryHash\n      checkpoint {\n        id\n        seq\n        rootHash\n        publicKey\n        signature\n        countersigns {\n          unitName\n          capacity\n          signerName\n        }\n      }\n    }\n  }\n": typeof types.PublicNoticeReadDocument,
    "\n  query PublicNoticeVerify($id: ID!, $seq: Int, $root: String) {\n    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {\n      inLog\n      unchanged\n      chainIntact\n      checkpointsValid\n      printedCheckpointConsistent\n      problems\n    }\n  }\n": typeof types.PublicNoticeVerifyDocument,
    "\n  query PublicNoticePublished {\n    publishedArtefacts {\n      artefactId\n      kind\n      villageId\n    }\n  }\n": typeof types.PublicNoticePublishedDocument,
    "\n  mutation PublicNoticeCountersign($input: CountersignCheckpointInput!) {\n    countersignCheckpoint(input: $input) {\n      unitName\n      capacity\n      signerName\n    }\n  }\n": typeof types.PublicNoticeCountersignDocument,
    "\n  mutation GridsHouseholdsCreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n": typeof types.GridsHouseholdsCreateGridDocument,
    "\n  mutation GridsHouseholdsSetLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n      leaderResidentId\n      leaderName\n    }\n  }\n": typeof types.GridsHouseholdsSetLeaderDocument,
    "\n  mutation GridsHouseholdsCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      gridId\n      headName\n    }\n  }\n": typeof types.GridsHouseholdsCreateHouseholdDocument,
    "\n  mutation GridsHouseholdsSetHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n      headResidentId\n      headName\n    }\n  }\n": typeof types.GridsHouseholdsSetHeadDocument,
    "\n  mutation GridsHouseholdsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n      gridId\n      household {\n        id\n      }\n    }\n  }\n": typeof types.GridsHouseholdsCreateResidentDocument,
    "\n  mutation GridsHouseholdsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsHouseholdsAddRoleDocument,
    "\n  mutation GridsHouseholdsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n    }\n  }\n": typeof types.GridsHouseholdsEndRoleDocument,
    "\n  query GridsHouseholdsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      toStatus\n    }\n  }\n": typeof types.GridsHouseholdsHistoryDocument,
    "\n  query MyHouseholdMembers {\n    myHouseholdMembers {\n      name\n      isHead\n      relationToHead\n    }\n  }\n": typeof types.MyHouseholdMembersDocument,
    "\n  mutation ResidentImportImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n": typeof types.ResidentImportImportDocument,
    "\n  fragment ResidentListFields on Resident {\n    id\n    villageId\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    createdAt\n    householdId\n    household {\n      id\n      villageId\n      code\n      address\n      gridId\n      headResidentId\n      headName\n      memberCount\n      createdAt\n    }\n    gridId\n    grid {\n      id\n      villageId\n      code\n      name\n      leaderResidentId\n      leaderName\n      createdAt\n    }\n    subjectRoles {\n      id\n      residentId\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n": typeof types.ResidentListFieldsFragmentDoc,
    "\n  query ResidentListList(\n    $villageId: ID!\n    $limit: Int\n    $offset: Int\n    $search: String\n    $status: ResidentStatus\n    $subjectType: SubjectType\n    $gridId: ID\n    $householdId: ID\n  ) {\n    residents(\n      villageId: $villageId\n      limit: $limit\n      offset: $offset\n      search: $search\n      status: $status\n      subjectType: $subjectType\n      gridId: $gridId\n      householdId: $householdId\n    ) {\n      total\n      items {\n        ...ResidentListFields\n      }\n    }\n  }\n": typeof types.ResidentListListDocument,
    "\n  query ResidentListOne($id: ID!) {\n    resident(id: $id) {\n      ...ResidentListFields\n    }\n  }\n": typeof types.ResidentListOneDocument,
    "\n  mutation ResidentListCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": typeof types.ResidentListCreateDocument,
    "\n  fragment ResidentsDetailFields on Resident {\n    id\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    household {\n      id\n      code\n      headName\n    }\n    grid {\n      id\n      code\n      name\n      leaderName\n    }\n    subjectRoles {\n      id\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n": typeof types.ResidentsDetailFieldsFragmentDoc,
    "\n  mutation ResidentsCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentsDetailFields\n    }\n  }\n": typeof types.ResidentsCreateDocument,
    "\n  query ResidentsResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentsDetailFields\n    }\n  }\n": typeof types.ResidentsResidentDocument,
    "\n  query ResidentsResidents(\n    $villageId: ID!\n    $search: String\n    $subjectType: SubjectType\n    $status: ResidentStatus\n    $limit: Int\n  ) {\n    residents(\n      villageId: $villageId\n      search: $search\n      subjectType: $subjectType\n      status: $status\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        gender\n        birthDate\n        idNumberMasked\n        phone\n        status\n        isActive\n        hasLogin\n        household {\n          id\n          code\n          headName\n        }\n        grid {\n          id\n          code\n          name\n          leaderName\n        }\n        subjectRoles {\n          id\n          subjectType\n          startDate\n          endDate\n          probationary\n          termEnd\n          representedHouseholdIds\n          endReason\n          isCurrent\n        }\n      }\n    }\n  }\n": typeof types.ResidentsResidentsDocument,
    "\n  mutation ResidentsChangeStatus($input: ChangeResidentStatusInput!) {\n    changeResidentStatus(input: $input) {\n      id\n      status\n      isActive\n    }\n  }\n": typeof types.ResidentsChangeStatusDocument,
    "\n  query ResidentsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      fromStatus\n      toStatus\n      reason\n      changedBy\n    }\n  }\n": typeof types.ResidentsHistoryDocument,
    "\n  mutation ResidentsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n      probationary\n      endDate\n      isCurrent\n    }\n  }\n": typeof types.ResidentsAddRoleDocument,
    "\n  mutation ResidentsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n      endDate\n      endReason\n      isCurrent\n    }\n  }\n": typeof types.ResidentsEndRoleDocument,
    "\n  mutation ResidentsUpdate($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      id\n      phone\n    }\n  }\n": typeof types.ResidentsUpdateDocument,
    "\n  query ResidentsGrids($villageId: ID!) {\n    grids(villageId: $villageId) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n": typeof types.ResidentsGridsDocument,
    "\n  query ResidentsHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        id\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n": typeof types.ResidentsHouseholdsDocument,
    "\n  mutation ResidentsCreateLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n      hasLogin\n    }\n  }\n": typeof types.ResidentsCreateLoginDocument,
    "\n  query ResidentsMyResident {\n    myResident {\n      id\n      name\n      idNumberMasked\n    }\n  }\n": typeof types.ResidentsMyResidentDocument,
    "\n  mutation AdoptionChecksCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n": typeof types.AdoptionChecksCreateListDocument,
    "\n  mutation AdoptionChecksAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n      meetingDate\n      representativesInOffice\n      representativesCountReason\n    }\n  }\n": typeof types.AdoptionChecksAdoptDocument,
    "\n  query SanityFramework($id: ID!) {\n    framework(id: $id) {\n      items {\n        id\n        code\n      }\n    }\n  }\n": typeof types.SanityFrameworkDocument,
    "\n  mutation SanityCopy($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      id\n      title\n      year\n      version\n    }\n  }\n": typeof types.SanityCopyDocument,
    "\n  mutation SanityVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      id\n      title\n      year\n      version\n    }\n  }\n": typeof types.SanityVersionDocument,
    "\n  mutation SanitySettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      id\n      noticeDays\n      objectionAnswerWorkingDays\n    }\n  }\n": typeof types.SanitySettingsDocument,
    "\n  mutation SanityAdjust($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      id\n      adjustments {\n        itemCode\n        disabled\n      }\n    }\n  }\n": typeof types.SanityAdjustDocument,
    "\n  mutation SanityAddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      id\n    }\n  }\n": typeof types.SanityAddTownItemDocument,
    "\n  mutation SanityCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n": typeof types.SanityCreateListDocument,
    "\n  mutation SanityAddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      id\n      villageItems {\n        id\n        code\n        requiresApproval\n      }\n    }\n  }\n": typeof types.SanityAddVillageItemDocument,
    "\n  mutation SanityApprove($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      id\n    }\n  }\n": typeof types.SanityApproveDocument,
    "\n  mutation SanityAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SanityAdoptDocument,
    "\n  mutation SanityCreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      id\n      title\n      year\n    }\n  }\n": typeof types.SanityCreateFrameworkDocument,
    "\n  mutation SanityAddItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      id\n      items {\n        id\n        code\n      }\n    }\n  }\n": typeof types.SanityAddItemDocument,
    "\n  mutation SanityUpdateItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n": typeof types.SanityUpdateItemDocument,
    "\n  mutation SanityUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      id\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n": typeof types.SanityUpdateRulesDocument,
    "\n  mutation SanityPublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      id\n      status\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n": typeof types.SanityPublishFrameworkDocument,
    "\n  mutation SanityCreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      id\n    }\n  }\n": typeof types.SanityCreateManualDocument,
    "\n  mutation SanityPublishManual($id: ID!) {\n    publishManual(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SanityPublishManualDocument,
    "\n  query ActRuleEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        points\n      }\n      entries {\n        itemCode\n        points\n        expiresOn\n        ruleNote\n      }\n    }\n  }\n": typeof types.ActRuleEntriesDocument,
    "\n  query AmendInbox {\n    myNotifications {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": typeof types.AmendInboxDocument,
    "\n  query CatalogueEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n": typeof types.CatalogueEntriesDocument,
    "\n  query CataloguePendingItem($v: ID!) {\n    declarations(villageId: $v, status: PENDING, limit: 50) {\n      items {\n        itemCode\n        pointsAsked\n        item {\n          rule\n          pointLevels\n        }\n      }\n    }\n  }\n": typeof types.CataloguePendingItemDocument,
    "\n  mutation CorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n      status\n      kind\n      points\n      periodId\n    }\n  }\n": typeof types.CorrectionProposeDocument,
    "\n  mutation CorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n      correctionEntryIds\n      retallyId\n      decidedOn\n    }\n  }\n": typeof types.CorrectionConfirmDocument,
    "\n  mutation CorrectionReject($id: ID!, $reason: String!) {\n    rejectLedgerCorrection(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      correctionEntryIds\n    }\n  }\n": typeof types.CorrectionRejectDocument,
    "\n  query CorrectionList($v: ID!, $status: LedgerCorrectionStatus) {\n    ledgerCorrections(villageId: $v, status: $status) {\n      total\n      items {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CorrectionListDocument,
    "\n  query DeclarationsList($villageId: ID!, $status: DeclarationStatus) {\n    declarations(villageId: $villageId, status: $status) {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n": typeof types.DeclarationsListDocument,
    "\n  query DeclarationsMine {\n    myDeclarations {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n": typeof types.DeclarationsMineDocument,
    "\n  fragment ResidentScoreFields on ResidentScore {\n    residentId\n    residentName\n    villageId\n    year\n    quarter\n    periodLabel\n    from\n    to\n    quarterFrom\n    tracks {\n      track\n      baseScore\n      points\n      quarterPoints\n      score\n      entryCount\n    }\n    entries {\n      id\n      seq\n      kind\n      track\n      itemCode\n      itemName\n      itemPointsMin\n      itemPointsMax\n      points\n      actedOn\n      inQuarter\n      quantity\n      repeatMultiplier\n      expiresOn\n      reviewerName\n      declarantName\n      reason\n      reversesEntryId\n      reversed\n      declarationId\n      evidence {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n": typeof types.ResidentScoreFieldsFragmentDoc,
    "\n  query ExplainResidentScore($id: ID!, $year: Int, $quarter: Int) {\n    residentScore(residentId: $id, year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n": typeof types.ExplainResidentScoreDocument,
    "\n  query ExplainMyScore($year: Int, $quarter: Int) {\n    myScore(year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n": typeof types.ExplainMyScoreDocument,
    "\n  query MilestoneEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n": typeof types.MilestoneEntriesDocument,
    "\n  mutation PeriodsOpenYear($villageId: ID!, $year: Int!) {\n    openScoringYear(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n": typeof types.PeriodsOpenYearDocument,
    "\n  query PeriodsPeriodFor($villageId: ID!, $date: String!) {\n    scoringPeriodFor(villageId: $villageId, date: $date) {\n      month {\n        ...ScoringPeriodFields\n      }\n      quarter {\n        ...ScoringPeriodFields\n      }\n      year {\n        ...ScoringPeriodFields\n      }\n    }\n  }\n": typeof types.PeriodsPeriodForDocument,
    "\n  mutation PeriodsAdvance($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {\n    advanceScoringPeriod(id: $id, to: $to, reason: $reason) {\n      id\n      villageId\n      kind\n      year\n      number\n      startsOn\n      endsOn\n      status\n      history {\n        fromStatus\n        toStatus\n        reason\n        createdBy\n      }\n    }\n  }\n": typeof types.PeriodsAdvanceDocument,
    "\n  query ReviewQueue($v: ID!, $status: DeclarationStatus, $limit: Int) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        id\n        residentName\n        quantity\n        note\n        pointsAsked\n        item {\n          code\n          name\n          pointsMin\n          pointsMax\n          perUnitPoints\n          unitLabel\n        }\n        evidence {\n          id\n          fileName\n          contentType\n          sizeBytes\n          sha256\n        }\n        history {\n          kind\n          byUserId\n          byName\n          at\n          points\n          reason\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query RolelessTallyLines($id: ID!) {\n    scoreTally(id: $id) {\n      residentCount\n      lines {\n        residentName\n        subjectTypes\n        rankGroup\n        creditPoints\n        periodCreditPoints\n        roleDutyPoints\n      }\n    }\n  }\n": typeof types.RolelessTallyLinesDocument,
    "\n  fragment AccountFields on UserAccount {\n    id\n    username\n    displayName\n    homeUnit {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    lastLoginAt\n    locked\n    disabled\n    mustChangePassword\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      userId\n      role\n      orgUnit {\n        id\n        name\n      }\n      revokedAt\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      id\n      role\n      revokedAt\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation DisableAccount($userId: ID!) {\n    disableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": typeof types.DisableAccountDocument,
    "\n  mutation EnableAccount($userId: ID!) {\n    enableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": typeof types.EnableAccountDocument,
    "\n  mutation UnlockAccount($userId: ID!) {\n    unlockAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Users($unitId: ID!, $limit: Int!, $offset: Int) {\n    users(unitId: $unitId, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment ContractFields on Contract {\n    id\n    year\n    colour\n    status\n    title\n    clauses\n    itemCodes\n    templateId\n    templateVersion\n    residentId\n    residentName\n    householdId\n    householdCode\n    signedOn\n    witnessName\n    witnessResidentId\n    signedBy\n    terminatedOn\n    terminationReason\n  }\n": typeof types.ContractFieldsFragmentDoc,
    "\n  mutation GenerateContractDrafts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n      byColour {\n        colour\n        count\n      }\n    }\n  }\n": typeof types.GenerateContractDraftsDocument,
    "\n  query Contracts($villageId: ID!, $year: Int, $colour: ContractColour, $status: ContractStatus) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        ...ContractFields\n      }\n    }\n  }\n": typeof types.ContractsDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractFields\n    }\n  }\n": typeof types.ContractDocument,
    "\n  query ContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n        fromStatus\n        toStatus\n        effectiveOn\n        createdBy\n      }\n    }\n  }\n": typeof types.ContractHistoryDocument,
    "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      ...ContractFields\n    }\n  }\n": typeof types.SignContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      ...ContractFields\n    }\n  }\n": typeof types.TerminateContractDocument,
    "\n  query ContractCoverage($villageId: ID!, $year: Int!) {\n    contractCoverage(villageId: $villageId, year: $year) {\n      colour\n      eligible\n      drafted\n      signed\n      terminated\n      coverageRate\n    }\n  }\n": typeof types.ContractCoverageDocument,
    "\n  query LedgerChainCheck($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n      firstBrokenSeq\n    }\n  }\n": typeof types.LedgerChainCheckDocument,
    "\n  query LedgerEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      total\n      items {\n        itemName\n        points\n        actedOn\n        kind\n      }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ArrangeGridDocument,
    "\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.ArrangeHouseholdDocument,
    "\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n": typeof types.ArrangeSubjectRoleDocument,
    "\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeResidentLoginDocument,
    "\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeGridLeaderDocument,
    "\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeHouseholdHeadDocument,
    "\n  fragment FrameworkFields on Framework {\n    id\n    year\n    version\n    status\n    title\n    maxAdjustmentPercent\n    rules {\n      creditBaseScore\n      roleDutyBaseScore\n      partyMemberRoleDutyWeight\n      partyMemberCreditWeight\n      excellentMin\n    }\n    items {\n      id\n      code\n      name\n      direction\n      pointsMin\n      pointsMax\n      perUnitPoints\n      withdrawn\n    }\n  }\n": typeof types.FrameworkFieldsFragmentDoc,
    "\n  fragment ManualFields on TownManual {\n    id\n    version\n    status\n    frameworkId\n    townId\n    noticeDays\n    lateEntryDays\n    villageMaxItemPoints\n    adjustments {\n      itemCode\n      disabled\n      pointsMin\n      pointsMax\n    }\n    townItems {\n      id\n      code\n      name\n      pointsMax\n      withdrawn\n    }\n  }\n": typeof types.ManualFieldsFragmentDoc,
    "\n  fragment ListFields on ScoringList {\n    id\n    version\n    status\n    manualId\n    present\n    votesFor\n    villageItems {\n      id\n      code\n      pointsMax\n      requiresApproval\n      approvedAt\n      withdrawn\n    }\n    items {\n      code\n      source\n      pointsMin\n      pointsMax\n      direction\n    }\n  }\n": typeof types.ListFieldsFragmentDoc,
    "\n  mutation CreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.CreateFrameworkDocument,
    "\n  mutation AddEvaluationItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.AddEvaluationItemDocument,
    "\n  mutation UpdateEvaluationItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateEvaluationItemDocument,
    "\n  mutation WithdrawEvaluationItem($id: ID!) {\n    withdrawEvaluationItem(itemId: $id) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.WithdrawEvaluationItemDocument,
    "\n  mutation UpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.UpdateFrameworkRulesDocument,
    "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.PublishFrameworkDocument,
    "\n  mutation CreateFrameworkVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.CreateFrameworkVersionDocument,
    "\n  mutation CopyFrameworkToYear($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.CopyFrameworkToYearDocument,
    "\n  query Frameworks($year: Int) {\n    frameworks(year: $year) {\n      total\n      items {\n        ...FrameworkFields\n      }\n    }\n  }\n": typeof types.FrameworksDocument,
    "\n  query Framework($id: ID!) {\n    framework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n": typeof types.FrameworkDocument,
    "\n  mutation CreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      ...ManualFields\n    }\n  }\n": typeof types.CreateManualDocument,
    "\n  mutation SetManualAdjustment($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      ...ManualFields\n    }\n  }\n": typeof types.SetManualAdjustmentDocument,
    "\n  mutation AddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n": typeof types.AddTownItemDocument,
    "\n  mutation UpdateTownItem($input: UpdateTownItemInput!) {\n    updateTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n": typeof types.UpdateTownItemDocument,
    "\n  mutation WithdrawTownItem($id: ID!) {\n    withdrawTownItem(itemId: $id) {\n      ...ManualFields\n    }\n  }\n": typeof types.WithdrawTownItemDocument,
    "\n  mutation UpdateManualSettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      ...ManualFields\n    }\n  }\n": typeof types.UpdateManualSettingsDocument,
    "\n  mutation PublishManual($id: ID!) {\n    publishManual(id: $id) {\n      ...ManualFields\n    }\n  }\n": typeof types.PublishManualDocument,
    "\n  mutation CreateManualVersion($id: ID!) {\n    createManualVersion(fromId: $id) {\n      ...ManualFields\n    }\n  }\n": typeof types.CreateManualVersionDocument,
    "\n  query Manuals($townId: ID!) {\n    manuals(townId: $townId) {\n      ...ManualFields\n    }\n  }\n": typeof types.ManualsDocument,
    "\n  query CurrentManual($townId: ID!, $year: Int) {\n    currentManual(townId: $townId, year: $year) {\n      ...ManualFields\n    }\n  }\n": typeof types.CurrentManualDocument,
    "\n  mutation CreateScoringList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n": typeof types.CreateScoringListDocument,
    "\n  mutation AddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n": typeof types.AddVillageItemDocument,
    "\n  mutation UpdateVillageItem($input: UpdateVillageItemInput!) {\n    updateVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n": typeof types.UpdateVillageItemDocument,
    "\n  mutation WithdrawVillageItem($id: ID!) {\n    withdrawVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n": typeof types.WithdrawVillageItemDocument,
    "\n  mutation ApproveVillageItem($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n": typeof types.ApproveVillageItemDocument,
    "\n  mutation AdoptScoringList($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      ...ListFields\n    }\n  }\n": typeof types.AdoptScoringListDocument,
    "\n  query VillageScoringList($villageId: ID!, $year: Int) {\n    villageScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n": typeof types.VillageScoringListDocument,
    "\n  query ScoringLists($villageId: ID!) {\n    scoringLists(villageId: $villageId) {\n      version\n      status\n    }\n  }\n": typeof types.ScoringListsDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    villageId\n    residentId\n    declaredBy\n    channel\n    itemCode\n    actedOn\n    quantity\n    note\n    status\n  }\n": typeof types.DeclarationFieldsFragmentDoc,
    "\n  mutation DeclareAct($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.DeclareActDocument,
    "\n  mutation RegisterActFull($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.RegisterActFullDocument,
    "\n  mutation ReviewDeclarationFull($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.ReviewDeclarationFullDocument,
    "\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterActDocument,
    "\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewDeclarationDocument,
    "\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.OpenScoringYearDocument,
    "\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n": typeof types.TallyPeriodDocument,
    "\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n": typeof types.PublishTallyDocument,
    "\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n": typeof types.FinalizePeriodDocument,
    "\n  fragment ScoringPeriodFields on ScoringPeriod {\n    id\n    villageId\n    kind\n    year\n    number\n    startsOn\n    endsOn\n    status\n  }\n": typeof types.ScoringPeriodFieldsFragmentDoc,
    "\n  query ScoringPeriods($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n": typeof types.ScoringPeriodsDocument,
    "\n  query DeclarationsByStatus($v: ID!, $status: DeclarationStatus, $limit: Int! = 20) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        actedOn\n      }\n    }\n  }\n": typeof types.DeclarationsByStatusDocument,
    "\n  query OrgIsolationVillages($townId: ID) {\n    villages(townId: $townId, limit: 100) {\n      total\n      items {\n        id\n        name\n        townId\n      }\n    }\n  }\n": typeof types.OrgIsolationVillagesDocument,
    "\n  query OrgIsolationOrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.OrgIsolationOrgUnitDocument,
    "\n  mutation OrgIsolationRename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OrgIsolationRenameDocument,
    "\n  mutation OrgIsolationCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n      code\n      townId\n      districtId\n    }\n  }\n": typeof types.OrgIsolationCreateVillageDocument,
    "\n  query OrgIsolationTowns {\n    towns(limit: 100) {\n      items {\n        name\n      }\n    }\n  }\n": typeof types.OrgIsolationTownsDocument,
    "\n  query OrgIsolationDistricts {\n    districts {\n      id\n      name\n    }\n  }\n": typeof types.OrgIsolationDistrictsDocument,
    "\n  mutation OrgIsolationCreateTown($input: CreateTownInput!) {\n    createTown(input: $input) {\n      id\n      name\n      level\n      districtId\n    }\n  }\n": typeof types.OrgIsolationCreateTownDocument,
    "\n  query OrgIsolationAuditTotal {\n    auditLog {\n      total\n    }\n  }\n": typeof types.OrgIsolationAuditTotalDocument,
};
const documents: Documents = {
    "\n  mutation AccountLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.AccountLockoutLoginDocument,
    "\n  mutation AccountsCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n    }\n  }\n": types.AccountsCreateVillageDocument,
    "\n  mutation AccountsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": types.AccountsCreateResidentDocument,
    "\n  query AccountsMe {\n    me {\n      username\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n": types.AccountsMeDocument,
    "\n  mutation DeclareWithNote($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      id\n    }\n  }\n": types.DeclareWithNoteDocument,
    "\n  mutation RenameForAudit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameForAuditDocument,
    "\n  query AuditPageBytes($limit: Int!, $operation: String) {\n    auditLog(limit: $limit, operation: $operation) {\n      total\n      nextOffset\n      items {\n        detail\n      }\n    }\n  }\n": types.AuditPageBytesDocument,
    "\n  mutation LoginAndAuditLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.LoginAndAuditLoginDocument,
    "\n  mutation LoginThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.LoginThrottleLoginDocument,
    "\n  query TokenClaimsMe {\n    me {\n      id\n    }\n  }\n": types.TokenClaimsMeDocument,
    "\n  mutation ChainImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n": types.ChainImportDocument,
    "\n  query ChainResidents($villageId: ID!, $subjectType: SubjectType, $search: String) {\n    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {\n      total\n      items {\n        id\n        name\n        grid {\n          code\n        }\n        household {\n          code\n        }\n        subjectRoles {\n          subjectType\n          probationary\n        }\n      }\n    }\n  }\n": types.ChainResidentsDocument,
    "\n  query ChainResident($id: ID!) {\n    resident(id: $id) {\n      id\n    }\n  }\n": types.ChainResidentDocument,
    "\n  query ChainHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n": types.ChainHouseholdsDocument,
    "\n  mutation ChainCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n    }\n  }\n": types.ChainCreatePostDocument,
    "\n  mutation ChainAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      resident {\n        id\n        name\n      }\n    }\n  }\n": types.ChainAssignDocument,
    "\n  query ChainPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ChainPostsDocument,
    "\n  query ChainTerms($id: ID!) {\n    postAssignments(id: $id) {\n      startDate\n      endDate\n      resident {\n        name\n      }\n    }\n  }\n": types.ChainTermsDocument,
    "\n  mutation ChainSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.ChainSetTeamDocument,
    "\n  query ChainTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          name\n        }\n      }\n    }\n  }\n": types.ChainTeamsDocument,
    "\n  mutation ChainSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      version\n    }\n  }\n": types.ChainSetRotaDocument,
    "\n  query ChainCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      index\n    }\n  }\n": types.ChainCaptainOnDocument,
    "\n  mutation ChainSetGovernance($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      version\n    }\n  }\n": types.ChainSetGovernanceDocument,
    "\n  query ChainGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          name\n        }\n      }\n    }\n  }\n": types.ChainGovernanceDocument,
    "\n  mutation ContractDatesGenerate($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n": types.ContractDatesGenerateDocument,
    "\n  query ContractDatesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n": types.ContractDatesContractsDocument,
    "\n  mutation ContractDatesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      status\n      signedOn\n    }\n  }\n": types.ContractDatesSignDocument,
    "\n  query ContractHistoryBatchPage($v: ID!) {\n    contracts(villageId: $v, limit: 100) {\n      total\n      items {\n        id\n        history {\n          kind\n        }\n      }\n    }\n  }\n": types.ContractHistoryBatchPageDocument,
    "\n  query ContractHistoryBatchOne($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n      }\n    }\n  }\n": types.ContractHistoryBatchOneDocument,
    "\n  fragment ContractTemplatesFields on ContractTemplate {\n    id\n    colour\n    title\n    clauses\n    itemCodes\n    version\n    status\n    extendsTemplateId\n    townId\n  }\n": types.ContractTemplatesFieldsFragmentDoc,
    "\n  query ContractTemplatesTemplates($colour: ContractColour, $status: ContractTemplateStatus) {\n    contractTemplates(colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        id\n        colour\n        title\n        clauses\n        itemCodes\n        version\n        status\n        extendsTemplateId\n        townId\n      }\n    }\n  }\n": types.ContractTemplatesTemplatesDocument,
    "\n  query ContractTemplatesTemplate($id: ID!) {\n    contractTemplate(id: $id) {\n      ...ContractTemplatesFields\n    }\n  }\n": types.ContractTemplatesTemplateDocument,
    "\n  query ContractTemplatesEffective($villageId: ID!, $colour: ContractColour!) {\n    effectiveContractTemplate(villageId: $villageId, colour: $colour) {\n      title\n      clauses\n      itemCodes\n      newerBaseVersion\n      template {\n        id\n        version\n      }\n      base {\n        id\n        version\n      }\n      extension {\n        id\n      }\n    }\n  }\n": types.ContractTemplatesEffectiveDocument,
    "\n  mutation ContractTemplatesCreate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": types.ContractTemplatesCreateDocument,
    "\n  mutation ContractTemplatesAddClause($input: AddContractClauseInput!) {\n    addContractClause(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": types.ContractTemplatesAddClauseDocument,
    "\n  mutation ContractTemplatesSetItems($input: SetContractTemplateItemsInput!) {\n    setContractTemplateItems(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n": types.ContractTemplatesSetItemsDocument,
    "\n  mutation ContractTemplatesPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      ...ContractTemplatesFields\n      publishedAt\n    }\n  }\n": types.ContractTemplatesPublishDocument,
    "\n  mutation ContractsCreateTemplate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      id\n    }\n  }\n": types.ContractsCreateTemplateDocument,
    "\n  mutation ContractsPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      id\n      status\n    }\n  }\n": types.ContractsPublishDocument,
    "\n  query MyContracts($year: Int) {\n    myContracts(year: $year) {\n      ...ContractFields\n      villageId\n    }\n  }\n": types.MyContractsDocument,
    "\n    mutation CycleOpen($v: ID!, $y: Int!) {\n      openScoringYear(villageId: $v, year: $y) {\n        id\n        kind\n        number\n        status\n      }\n    }\n  ": types.CycleOpenDocument,
    "\n    mutation CycleRegister($input: RegisterActInput!) {\n      registerAct(input: $input) {\n        id\n        status\n      }\n    }\n  ": types.CycleRegisterDocument,
    "\n    mutation CycleDeclare($input: DeclareActInput!) {\n      declareAct(input: $input) {\n        id\n        status\n      }\n    }\n  ": types.CycleDeclareDocument,
    "\n    mutation CycleReview($input: ReviewDeclarationInput!) {\n      reviewDeclaration(input: $input) {\n        id\n        status\n      }\n    }\n  ": types.CycleReviewDocument,
    "\n    mutation CycleTally($p: ID!, $r: String) {\n      tallyPeriod(periodId: $p, reason: $r) {\n        id\n        version\n        residentCount\n        contentHash\n        ledgerSeq\n        ledgerAnchorHash\n        lines {\n          id\n          residentId\n          residentName\n          subjectTypes\n          probationary\n          creditPoints\n          creditScore\n          periodCreditPoints\n          roleDutyPoints\n          roleDutyScore\n          rankGroup\n          rank\n          vetoed\n          evaluation {\n            stars\n            starsNote\n            partyMember {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n            representative {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n          }\n        }\n      }\n    }\n  ": types.CycleTallyDocument,
    "\n    mutation CyclePublish($p: ID!) {\n      publishTally(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        periodLabel\n        tally {\n          id\n          version\n        }\n      }\n    }\n  ": types.CyclePublishDocument,
    "\n    mutation CycleFinalize($p: ID!) {\n      finalizePeriod(periodId: $p) {\n        id\n        status\n      }\n    }\n  ": types.CycleFinalizeDocument,
    "\n    query CycleNotice($p: ID!) {\n      publicNotice(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        openObjections\n        tally {\n          id\n          version\n          lines {\n            id\n            residentId\n            residentName\n            creditScore\n            roleDutyScore\n            rankGroup\n            rank\n            evaluation {\n              stars\n              partyMember {\n                grade\n                composite\n                note\n              }\n              representative {\n                grade\n                composite\n                note\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.CycleNoticeDocument,
    "\n    query CycleVersions($p: ID!) {\n      scoreTallies(periodId: $p) {\n        id\n        version\n        reason\n        contentHash\n      }\n    }\n  ": types.CycleVersionsDocument,
    "\n    query CycleVerify($id: ID!) {\n      verifyScoreTally(tallyId: $id) {\n        valid\n        contentHashMatches\n        anchorMatches\n        chainValid\n        sumsMatch\n        problems\n      }\n    }\n  ": types.CycleVerifyDocument,
    "\n    mutation CycleRaise($input: RaiseObjectionInput!) {\n      raiseObjection(input: $input) {\n        id\n        status\n        raisedOn\n        answerDueOn\n        overdue\n      }\n    }\n  ": types.CycleRaiseDocument,
    "\n    mutation CycleAnswer($input: AnswerObjectionInput!) {\n      answerObjection(input: $input) {\n        id\n        status\n        answer\n        answeredOn\n        answeredLate\n        correctionEntryIds\n        retallyId\n      }\n    }\n  ": types.CycleAnswerDocument,
    "\n    query CycleObjections($p: ID!) {\n      objections(periodId: $p) {\n        total\n        items {\n          id\n          status\n          overdue\n          answerDueOn\n        }\n      }\n    }\n  ": types.CycleObjectionsDocument,
    "\n    query CycleInbox {\n      myNotifications(limit: 100) {\n        total\n        items {\n          kind\n          title\n          body\n        }\n      }\n    }\n  ": types.CycleInboxDocument,
    "\n  query QuarterlyNoticeOneTally($id: ID!) {\n    scoreTally(id: $id) {\n      id\n    }\n  }\n": types.QuarterlyNoticeOneTallyDocument,
    "\n  query QuarterlyNoticeScore($r: ID!, $y: Int, $q: Int) {\n    residentScore(residentId: $r, year: $y, quarter: $q) {\n      postedVersion\n      laterEntries\n      tracks {\n        track\n        score\n      }\n      entries {\n        itemCode\n        points\n      }\n    }\n  }\n": types.QuarterlyNoticeScoreDocument,
    "\n  mutation WholeYearRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n    }\n  }\n": types.WholeYearRateDocument,
    "\n  query WholeYearChain($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n    }\n  }\n": types.WholeYearChainDocument,
    "\n  query DemoIncentivesResidents($v: ID!) {\n    residents(villageId: $v, limit: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DemoIncentivesResidentsDocument,
    "\n  query DemoIncentivesShops {\n    shops {\n      id\n      name\n      kind\n      townShop\n      goods {\n        name\n        pricePoints\n        valueYuan\n        stock\n        unlimited\n        isService\n        limitPerPerson\n      }\n    }\n  }\n": types.DemoIncentivesShopsDocument,
    "\n  query DemoIncentivesShopRedemptions($s: ID!) {\n    shopRedemptions(shopId: $s) {\n      goodsName\n      status\n      points\n      onBehalf\n      residentConfirmation\n      pickupCode\n    }\n  }\n": types.DemoIncentivesShopRedemptionsDocument,
    "\n  query DemoIncentivesMyRedemptions {\n    myRedemptions {\n      shopId\n      goodsName\n      status\n      pickupCode\n      pickupBy\n    }\n  }\n": types.DemoIncentivesMyRedemptionsDocument,
    "\n  mutation DemoIncentivesConfirmPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      status\n      goodsName\n    }\n  }\n": types.DemoIncentivesConfirmPickupDocument,
    "\n  query DemoIncentivesResidentPoints($r: ID!) {\n    residentPoints(residentId: $r) {\n      balance\n      movements {\n        kind\n        points\n        occurredOn\n      }\n    }\n  }\n": types.DemoIncentivesResidentPointsDocument,
    "\n  query DemoIncentivesPointsChain($v: ID!) {\n    checkPointsChain(villageId: $v) {\n      ok\n      balancesMatch\n      entries\n    }\n  }\n": types.DemoIncentivesPointsChainDocument,
    "\n  query DemoIncentivesNominations($t: ID!, $year: Int!) {\n    honourNominations(townId: $t, year: $year) {\n      residentName\n      honourName\n      status\n      decisionReason\n    }\n  }\n": types.DemoIncentivesNominationsDocument,
    "\n  query DemoIncentivesCases($v: ID!, $year: Int!) {\n    constraintCases(villageId: $v, year: $year) {\n      id\n      kind\n      residentName\n      outcome\n      outcomeOn\n      mentorResidentId\n    }\n  }\n": types.DemoIncentivesCasesDocument,
    "\n  query DemoIncentivesByElections($v: ID!) {\n    byElections(villageId: $v) {\n      caseId\n      status\n      termEnd\n    }\n  }\n": types.DemoIncentivesByElectionsDocument,
    "\n  query DemoIncentivesVisits($c: ID!) {\n    mentoringVisits(caseId: $c) {\n      visitedOn\n      note\n    }\n  }\n": types.DemoIncentivesVisitsDocument,
    "\n  query DemoIncentivesPeriods($v: ID!, $year: Int!) {\n    scoringPeriods(villageId: $v, year: $year) {\n      id\n      kind\n      number\n    }\n  }\n": types.DemoIncentivesPeriodsDocument,
    "\n  query DemoIncentivesNoticeRoles($p: ID!) {\n    publicNotice(periodId: $p) {\n      tally {\n        lines {\n          residentName\n          subjectTypes\n        }\n      }\n    }\n  }\n": types.DemoIncentivesNoticeRolesDocument,
    "\n  query DemoIncentivesPayoutPlans($v: ID!, $year: Int!) {\n    payoutPlans(villageId: $v, year: $year) {\n      title\n      status\n      periodKind\n      periodNumber\n      yuanPerPoint\n      totalYuan\n      votePresent\n      voteFor\n      votedOn\n      paidOn\n      lines {\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n": types.DemoIncentivesPayoutPlansDocument,
    "\n  query DemoQuarterEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      items {\n        id\n        itemCode\n        kind\n      }\n    }\n  }\n": types.DemoQuarterEntriesDocument,
    "\n  query DemoVillagePeople($v: ID!, $captainOn: String!) {\n    residents(villageId: $v, limit: 100) {\n      total\n    }\n    partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) {\n      total\n    }\n    grids(villageId: $v) {\n      id\n      name\n    }\n    posts(villageId: $v, limit: 100) {\n      total\n      items {\n        holders {\n          id\n        }\n      }\n    }\n    scoringTeams(villageId: $v) {\n      number\n      members {\n        kind\n      }\n    }\n    governanceTeam(villageId: $v) {\n      deputies {\n        dutyTitle\n      }\n    }\n    captainOn(villageId: $v, teamNumber: 1, date: $captainOn) {\n      captain {\n        name\n      }\n    }\n  }\n": types.DemoVillagePeopleDocument,
    "\n  query E2eTallyNoticeLines($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      id\n      kind\n      status\n    }\n  }\n": types.E2eTallyNoticeLinesDocument,
    "\n  query E2eTallyNotice($p: ID!) {\n    publicNotice(periodId: $p) {\n      endsOn\n      tally {\n        lines {\n          id\n          residentName\n        }\n      }\n    }\n  }\n": types.E2eTallyNoticeDocument,
    "\n  fragment AppraisalSampleFields on AppraisalSampleItem {\n    id\n    villageId\n    year\n    position\n    sampleSize\n    residentId\n    residentName\n    subjectTypes\n    drawnBy\n    finding\n    findingNote\n    findingBy\n  }\n": types.AppraisalSampleFieldsFragmentDoc,
    "\n  mutation AppraisalRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n": types.AppraisalRateDocument,
    "\n  query AppraisalSummary($villageId: ID!, $year: Int!) {\n    appraisalSummary(villageId: $villageId, year: $year) {\n      rateeResidentId\n      rateeName\n      subjectType\n      peerCount\n      peerAverage\n      massCount\n      massAverage\n    }\n  }\n": types.AppraisalSummaryDocument,
    "\n  query AppraisalRatings($villageId: ID!, $year: Int!) {\n    appraisalRatings(villageId: $villageId, year: $year) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n": types.AppraisalRatingsDocument,
    "\n  mutation AppraisalDraw($villageId: ID!, $year: Int!, $size: Int!) {\n    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {\n      ...AppraisalSampleFields\n    }\n  }\n": types.AppraisalDrawDocument,
    "\n  mutation AppraisalFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {\n    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {\n      ...AppraisalSampleFields\n    }\n  }\n": types.AppraisalFindingDocument,
    "\n  query AppraisalSample($villageId: ID!, $year: Int!) {\n    appraisalSample(villageId: $villageId, year: $year) {\n      ...AppraisalSampleFields\n    }\n  }\n": types.AppraisalSampleDocument,
    "\n  query AppraisalFrameworkRules($id: ID!) {\n    framework(id: $id) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n": types.AppraisalFrameworkRulesDocument,
    "\n  mutation AppraisalUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n": types.AppraisalUpdateRulesDocument,
    "\n  query CadreYearTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": types.CadreYearTalliesDocument,
    "\n  query CadreTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        roleDutyScore\n        evaluation {\n          cadre {\n            composite\n            grade\n          }\n          partyMember {\n            grade\n          }\n        }\n      }\n    }\n  }\n": types.CadreTallyDocument,
    "\n  query DistrictRecordScore($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        score\n      }\n      districtRecord {\n        score\n        letterGrade\n        entryCount\n      }\n    }\n  }\n": types.DistrictRecordScoreDocument,
    "\n  query DistrictRecordTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": types.DistrictRecordTalliesDocument,
    "\n  query DistrictRecordTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          districtRecord {\n            score\n            letterGrade\n          }\n        }\n      }\n    }\n  }\n": types.DistrictRecordTallyDocument,
    "\n  query DraftPreviewOfTown($manualId: ID, $frameworkId: ID, $year: Int) {\n    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {\n      draftKind\n      draftId\n      draftVersion\n      year\n      changedItems {\n        code\n        currentRule\n        draftRule\n        villages\n      }\n      villages {\n        villageId\n        townId\n        hasList\n        residents\n        rescoredEntries\n        changedPeople\n        scoreChangedPeople\n        current {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n        draft {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n      }\n    }\n  }\n": types.DraftPreviewOfTownDocument,
    "\n  query DraftPreviewPeopleOfVillage(\n    $manualId: ID\n    $frameworkId: ID\n    $villageId: ID!\n    $onlyChanged: Boolean!\n  ) {\n    draftPreviewPeople(\n      manualId: $manualId\n      frameworkId: $frameworkId\n      villageId: $villageId\n      onlyChanged: $onlyChanged\n      limit: 50\n    ) {\n      total\n      village {\n        changedPeople\n      }\n      items {\n        residentId\n        residentName\n        gradeChanged\n        starsChanged\n        scoreChanged\n        current {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        draft {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        items {\n          itemCode\n          entries\n          recordedPoints\n          draftPoints\n        }\n      }\n    }\n  }\n": types.DraftPreviewPeopleOfVillageDocument,
    "\n  query DraftPreviewResidentScore($id: ID!, $year: Int) {\n    residentScore(residentId: $id, year: $year) {\n      tracks {\n        track\n        score\n        entryCount\n      }\n    }\n  }\n": types.DraftPreviewResidentScoreDocument,
    "\n  query JudgementYearLines($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n": types.JudgementYearLinesDocument,
    "\n  query JudgementTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          starsNote\n          partyMember {\n            grade\n            note\n          }\n        }\n      }\n    }\n  }\n": types.JudgementTallyDocument,
    "\n  mutation JudgementRepair($input: RepairCreditInput!) {\n    repairCredit(input: $input) {\n      points\n      ruleNote\n    }\n  }\n": types.JudgementRepairDocument,
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
    "\n  mutation CasesOpen($villageId: ID!, $year: Int!) {\n    openYearCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      residentName\n      deadline\n      overdue\n      outcome\n    }\n  }\n": types.CasesOpenDocument,
    "\n  query CasesList($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      overdue\n      outcome\n      mentorResidentId\n    }\n  }\n": types.CasesListDocument,
    "\n  mutation CasesClose($input: CloseConstraintCaseInput!) {\n    closeConstraintCase(input: $input) {\n      id\n      outcome\n      outcomeText\n      outcomeOn\n    }\n  }\n": types.CasesCloseDocument,
    "\n  query CasesByElections($villageId: ID!) {\n    byElections(villageId: $villageId) {\n      id\n      caseId\n      householdIds\n      termEnd\n      status\n    }\n  }\n": types.CasesByElectionsDocument,
    "\n  mutation CasesElect($input: RecordByElectionInput!) {\n    recordByElection(input: $input) {\n      status\n      electedResidentId\n      electedRoleId\n    }\n  }\n": types.CasesElectDocument,
    "\n  mutation CasesAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      mentorResidentId\n    }\n  }\n": types.CasesAssignDocument,
    "\n  mutation CasesVisit($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n      visitedOn\n    }\n  }\n": types.CasesVisitDocument,
    "\n  query CasesVisits($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n": types.CasesVisitsDocument,
    "\n  mutation CasesGenerateContracts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n": types.CasesGenerateContractsDocument,
    "\n  query CasesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n": types.CasesContractsDocument,
    "\n  mutation CasesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      status\n    }\n  }\n": types.CasesSignDocument,
    "\n  mutation HonourCreateType($input: CreateHonourTypeInput!) {\n    createHonourType(input: $input) {\n      id\n      name\n      minStars\n    }\n  }\n": types.HonourCreateTypeDocument,
    "\n  query HonourTypes {\n    honourTypes {\n      id\n      name\n    }\n  }\n": types.HonourTypesDocument,
    "\n  mutation HonourNominate($input: NominateHonourInput!) {\n    nominateHonour(input: $input) {\n      id\n      status\n      stars\n      honourName\n      residentName\n    }\n  }\n": types.HonourNominateDocument,
    "\n  mutation HonourDecide($input: DecideNominationInput!) {\n    decideHonourNomination(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.HonourDecideDocument,
    "\n  mutation HonourPublish($townId: ID!, $year: Int!) {\n    publishHonourList(townId: $townId, year: $year) {\n      id\n      honourCount\n    }\n  }\n": types.HonourPublishDocument,
    "\n  query HonourNominations($villageId: ID, $townId: ID, $year: Int) {\n    honourNominations(villageId: $villageId, townId: $townId, year: $year) {\n      id\n      residentName\n      status\n    }\n  }\n": types.HonourNominationsDocument,
    "\n  query HonourResidentHonours($residentId: ID!) {\n    residentHonours(residentId: $residentId) {\n      honourName\n      year\n      status\n    }\n  }\n": types.HonourResidentHonoursDocument,
    "\n  query HonourMine {\n    myHonours {\n      honourName\n      year\n    }\n  }\n": types.HonourMineDocument,
    "\n  query MyVisitsCases($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n    }\n  }\n": types.MyVisitsCasesDocument,
    "\n  mutation MyVisitsAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      id\n    }\n  }\n": types.MyVisitsAssignDocument,
    "\n  mutation MyVisitsRecord($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n    }\n  }\n": types.MyVisitsRecordDocument,
    "\n  query MyVisitsOfCase($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      id\n    }\n  }\n": types.MyVisitsOfCaseDocument,
    "\n  query MyVisitsMine {\n    myMentoringVisits {\n      id\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n": types.MyVisitsMineDocument,
    "\n  mutation PayoutDraft($input: DraftPayoutPlanInput!) {\n    draftPayoutPlan(input: $input) {\n      id\n      status\n      totalYuan\n      lineCount\n      digest\n      tallyLines: lines {\n        position\n        residentId\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n": types.PayoutDraftDocument,
    "\n  mutation PayoutVote($input: RecordPayoutVoteInput!) {\n    recordPayoutVote(input: $input) {\n      id\n      status\n      votePresent\n      voteFor\n    }\n  }\n": types.PayoutVoteDocument,
    "\n  mutation PayoutPost($planId: ID!) {\n    postPayoutPlan(planId: $planId) {\n      id\n      status\n      postedAt\n    }\n  }\n": types.PayoutPostDocument,
    "\n  mutation PayoutPaid($input: MarkPayoutPaidInput!) {\n    markPayoutPaid(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": types.PayoutPaidDocument,
    "\n  query PayoutPlans($villageId: ID!) {\n    payoutPlans(villageId: $villageId) {\n      id\n      status\n      events {\n        status\n        note\n      }\n    }\n  }\n": types.PayoutPlansDocument,
    "\n  query PayoutPlan($id: ID!) {\n    payoutPlan(id: $id) {\n      id\n      status\n    }\n  }\n": types.PayoutPlanDocument,
    "\n  mutation RedeemFor($input: ReserveRedemptionForInput!) {\n    reserveRedemptionFor(input: $input) {\n      id\n      status\n      points\n      residentId\n      pickupCode\n    }\n  }\n": types.RedeemForDocument,
    "\n  mutation RedeemOwn($input: ReserveRedemptionInput!) {\n    reserveRedemption(input: $input) {\n      id\n      status\n      points\n      pickupCode\n    }\n  }\n": types.RedeemOwnDocument,
    "\n  query RedeemMyShops {\n    myShops {\n      balance\n      shops {\n        shop {\n          id\n          name\n          townShop\n        }\n        offers {\n          goods {\n            id\n          }\n          canRedeem\n          whyNot\n        }\n      }\n    }\n  }\n": types.RedeemMyShopsDocument,
    "\n  query RedeemMyPoints {\n    myPoints {\n      balance\n      lots {\n        id\n        amount\n        remaining\n        expiresOn\n      }\n      movements {\n        kind\n        points\n        lotId\n      }\n    }\n  }\n": types.RedeemMyPointsDocument,
    "\n  mutation RedeemPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      id\n      status\n    }\n  }\n": types.RedeemPickupDocument,
    "\n  mutation RedeemSetPolicy($input: SetPointsPolicyInput!) {\n    setPointsPolicy(input: $input) {\n      expiryMode\n      validityMonths\n    }\n  }\n": types.RedeemSetPolicyDocument,
    "\n  query InboxInbox($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      unreadCount\n      items {\n        id\n        kind\n        kindLabel\n        title\n        body\n        read\n        readAt\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": types.InboxInboxDocument,
    "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      read\n      readAt\n    }\n  }\n": types.InboxMarkDocument,
    "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n": types.InboxMarkAllDocument,
    "\n  query ReviewerInbox {\n    myNotifications(limit: 100) {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": types.ReviewerInboxDocument,
    "\n  mutation ReviewerInboxRaise($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      answerDueOn\n    }\n  }\n": types.ReviewerInboxRaiseDocument,
    "\n  mutation ActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      checkInCode\n      status\n    }\n  }\n": types.ActivityCreateDocument,
    "\n  mutation ActivityCheckIn($code: String!) {\n    checkInVolunteer(code: $code) {\n      activityTitle\n      hours\n    }\n  }\n": types.ActivityCheckInDocument,
    "\n  mutation ActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n      hours\n    }\n  }\n": types.ActivityRegisterDocument,
    "\n  mutation ActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n    }\n  }\n": types.ActivityCloseDocument,
    "\n  query ActivityRead($id: ID!) {\n    volunteerActivity(id: $id) {\n      participants {\n        residentName\n        channel\n        hours\n        declarationId\n      }\n    }\n  }\n": types.ActivityReadDocument,
    "\n  mutation PhotoActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n    }\n  }\n": types.PhotoActivityCreateDocument,
    "\n  mutation PhotoActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n    }\n  }\n": types.PhotoActivityRegisterDocument,
    "\n  mutation PhotoActivityAdd($input: AddActivityPhotoInput!) {\n    addVolunteerActivityPhoto(input: $input) {\n      id\n      sha256\n      sizeBytes\n    }\n  }\n": types.PhotoActivityAddDocument,
    "\n  mutation PhotoRegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n    }\n  }\n": types.PhotoRegisterActDocument,
    "\n  mutation PhotoActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n      photos {\n        sha256\n      }\n      participants {\n        declarationId\n      }\n    }\n  }\n": types.PhotoActivityCloseDocument,
    "\n  query AnomalyAlerts($unitId: ID!, $status: AnomalyAlertStatus, $kind: AnomalyKind, $limit: Int) {\n    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        villageId\n        villageName\n        subjectKind\n        subjectId\n        subjectName\n        periodLabel\n        occurredOn\n        summary\n        evidence\n        declarationIds\n        residentIds\n        status\n        resolution {\n          resolution\n          note\n          resolvedByName\n        }\n      }\n    }\n  }\n": types.AnomalyAlertsDocument,
    "\n  mutation AnomalyResolve($input: ResolveAnomalyAlertInput!) {\n    resolveAnomalyAlert(input: $input) {\n      id\n      status\n      resolution {\n        resolution\n        note\n        resolvedByName\n      }\n    }\n  }\n": types.AnomalyResolveDocument,
    "\n  mutation AnomalyCorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n    }\n  }\n": types.AnomalyCorrectionProposeDocument,
    "\n  mutation AnomalyCorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n    }\n  }\n": types.AnomalyCorrectionConfirmDocument,
    "\n  query DashboardOf($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {\n      unitName\n      childLevel\n      rows {\n        unitId\n        unitName\n        values {\n          key\n          value\n          previous\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.DashboardOfDocument,
    "\n  query FairnessOf($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {\n      villageName\n      periodLabel\n      startsOn\n      endsOn\n      scoreSource\n      scoreNote\n      outlierRule\n      village {\n        residents\n        deductions\n        deductionsPer100\n      }\n      dimensions {\n        key\n        label\n        groups {\n          key\n          label\n          residents\n          scoredResidents\n          averageCreditScore\n          deductions\n          deductionPoints\n          deductionsPer100\n          objectionsRaised\n          objectionsUpheld\n          check {\n            zScore\n            flagged\n            deviation\n            reason\n          }\n        }\n      }\n      reviewers {\n        accountId\n        displayName\n        entriesApproved\n        deductions\n        deductionShare\n        check {\n          zScore\n          flagged\n          deviation\n          reason\n        }\n      }\n      reviewerTotal {\n        entriesApproved\n        deductions\n        deductionShare\n      }\n    }\n  }\n": types.FairnessOfDocument,
    "\n  mutation MeetingCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n      expectedAttendees {\n        residentId\n        residentName\n      }\n    }\n  }\n": types.MeetingCreateDocument,
    "\n  mutation MeetingRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      status\n      attendance {\n        residentName\n        status\n        declarationId\n      }\n    }\n  }\n": types.MeetingRecordDocument,
    "\n  query MeetingRead($id: ID!) {\n    meeting(id: $id) {\n      id\n    }\n  }\n": types.MeetingReadDocument,
    "\n  query MeetingRates($villageId: ID!, $year: Int!) {\n    meetingAttendanceRates(villageId: $villageId, year: $year) {\n      type\n      quarter\n      meetings\n      expected\n      present\n      excused\n      absent\n      rate\n    }\n  }\n": types.MeetingRatesDocument,
    "\n  query MeetingDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.MeetingDashboardDocument,
    "\n  mutation OutcomeRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      kind\n      occurredOn\n      amountYuan\n      counts\n      recordedByName\n    }\n  }\n": types.OutcomeRecordDocument,
    "\n  mutation OutcomeCorrect($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n      correctsId\n      amountYuan\n      withdrawn\n    }\n  }\n": types.OutcomeCorrectDocument,
    "\n  query OutcomeRecords($unitId: ID!, $year: Int!) {\n    outcomeRecords(unitId: $unitId, year: $year) {\n      id\n      kind\n      counts\n      correctedById\n    }\n  }\n": types.OutcomeRecordsDocument,
    "\n  query OutcomeDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.OutcomeDashboardDocument,
    "\n  query PublicNoticeRead($id: ID!) {\n    publicArtefact(id: $id) {\n      artefactId\n      kind\n      title\n      canonical\n      digest\n      seq\n      entryHash\n      checkpoint {\n        id\n        seq\n        rootHash\n        publicKey\n        signature\n        countersigns {\n          unitName\n          capacity\n          signerName\n        }\n      }\n    }\n  }\n": types.PublicNoticeReadDocument,
    "\n  query PublicNoticeVerify($id: ID!, $seq: Int, $root: String) {\n    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {\n      inLog\n      unchanged\n      chainIntact\n      checkpointsValid\n      printedCheckpointConsistent\n      problems\n    }\n  }\n": types.PublicNoticeVerifyDocument,
    "\n  query PublicNoticePublished {\n    publishedArtefacts {\n      artefactId\n      kind\n      villageId\n    }\n  }\n": types.PublicNoticePublishedDocument,
    "\n  mutation PublicNoticeCountersign($input: CountersignCheckpointInput!) {\n    countersignCheckpoint(input: $input) {\n      unitName\n      capacity\n      signerName\n    }\n  }\n": types.PublicNoticeCountersignDocument,
    "\n  mutation GridsHouseholdsCreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n": types.GridsHouseholdsCreateGridDocument,
    "\n  mutation GridsHouseholdsSetLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n      leaderResidentId\n      leaderName\n    }\n  }\n": types.GridsHouseholdsSetLeaderDocument,
    "\n  mutation GridsHouseholdsCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      gridId\n      headName\n    }\n  }\n": types.GridsHouseholdsCreateHouseholdDocument,
    "\n  mutation GridsHouseholdsSetHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n      headResidentId\n      headName\n    }\n  }\n": types.GridsHouseholdsSetHeadDocument,
    "\n  mutation GridsHouseholdsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n      gridId\n      household {\n        id\n      }\n    }\n  }\n": types.GridsHouseholdsCreateResidentDocument,
    "\n  mutation GridsHouseholdsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n    }\n  }\n": types.GridsHouseholdsAddRoleDocument,
    "\n  mutation GridsHouseholdsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n    }\n  }\n": types.GridsHouseholdsEndRoleDocument,
    "\n  query GridsHouseholdsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      toStatus\n    }\n  }\n": types.GridsHouseholdsHistoryDocument,
    "\n  query MyHouseholdMembers {\n    myHouseholdMembers {\n      name\n      isHead\n      relationToHead\n    }\n  }\n": types.MyHouseholdMembersDocument,
    "\n  mutation ResidentImportImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n": types.ResidentImportImportDocument,
    "\n  fragment ResidentListFields on Resident {\n    id\n    villageId\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    createdAt\n    householdId\n    household {\n      id\n      villageId\n      code\n      address\n      gridId\n      headResidentId\n      headName\n      memberCount\n      createdAt\n    }\n    gridId\n    grid {\n      id\n      villageId\n      code\n      name\n      leaderResidentId\n      leaderName\n      createdAt\n    }\n    subjectRoles {\n      id\n      residentId\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n": types.ResidentListFieldsFragmentDoc,
    "\n  query ResidentListList(\n    $villageId: ID!\n    $limit: Int\n    $offset: Int\n    $search: String\n    $status: ResidentStatus\n    $subjectType: SubjectType\n    $gridId: ID\n    $householdId: ID\n  ) {\n    residents(\n      villageId: $villageId\n      limit: $limit\n      offset: $offset\n      search: $search\n      status: $status\n      subjectType: $subjectType\n      gridId: $gridId\n      householdId: $householdId\n    ) {\n      total\n      items {\n        ...ResidentListFields\n      }\n    }\n  }\n": types.ResidentListListDocument,
    "\n  query ResidentListOne($id: ID!) {\n    resident(id: $id) {\n      ...ResidentListFields\n    }\n  }\n": types.ResidentListOneDocument,
    "\n  mutation ResidentListCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n": types.ResidentListCreateDocument,
    "\n  fragment ResidentsDetailFields on Resident {\n    id\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    household {\n      id\n      code\n      headName\n    }\n    grid {\n      id\n      code\n      name\n      leaderName\n    }\n    subjectRoles {\n      id\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n": types.ResidentsDetailFieldsFragmentDoc,
    "\n  mutation ResidentsCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentsDetailFields\n    }\n  }\n": types.ResidentsCreateDocument,
    "\n  query ResidentsResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentsDetailFields\n    }\n  }\n": types.ResidentsResidentDocument,
    "\n  query ResidentsResidents(\n    $villageId: ID!\n    $search: String\n    $subjectType: SubjectType\n    $status: ResidentStatus\n    $limit: Int\n  ) {\n    residents(\n      villageId: $villageId\n      search: $search\n      subjectType: $subjectType\n      status: $status\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        gender\n        birthDate\n        idNumberMasked\n        phone\n        status\n        isActive\n        hasLogin\n        household {\n          id\n          code\n          headName\n        }\n        grid {\n          id\n          code\n          name\n          leaderName\n        }\n        subjectRoles {\n          id\n          subjectType\n          startDate\n          endDate\n          probationary\n          termEnd\n          representedHouseholdIds\n          endReason\n          isCurrent\n        }\n      }\n    }\n  }\n": types.ResidentsResidentsDocument,
    "\n  mutation ResidentsChangeStatus($input: ChangeResidentStatusInput!) {\n    changeResidentStatus(input: $input) {\n      id\n      status\n      isActive\n    }\n  }\n": types.ResidentsChangeStatusDocument,
    "\n  query ResidentsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      fromStatus\n      toStatus\n      reason\n      changedBy\n    }\n  }\n": types.ResidentsHistoryDocument,
    "\n  mutation ResidentsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n      probationary\n      endDate\n      isCurrent\n    }\n  }\n": types.ResidentsAddRoleDocument,
    "\n  mutation ResidentsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n      endDate\n      endReason\n      isCurrent\n    }\n  }\n": types.ResidentsEndRoleDocument,
    "\n  mutation ResidentsUpdate($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      id\n      phone\n    }\n  }\n": types.ResidentsUpdateDocument,
    "\n  query ResidentsGrids($villageId: ID!) {\n    grids(villageId: $villageId) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n": types.ResidentsGridsDocument,
    "\n  query ResidentsHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        id\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n": types.ResidentsHouseholdsDocument,
    "\n  mutation ResidentsCreateLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n      hasLogin\n    }\n  }\n": types.ResidentsCreateLoginDocument,
    "\n  query ResidentsMyResident {\n    myResident {\n      id\n      name\n      idNumberMasked\n    }\n  }\n": types.ResidentsMyResidentDocument,
    "\n  mutation AdoptionChecksCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n": types.AdoptionChecksCreateListDocument,
    "\n  mutation AdoptionChecksAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n      meetingDate\n      representativesInOffice\n      representativesCountReason\n    }\n  }\n": types.AdoptionChecksAdoptDocument,
    "\n  query SanityFramework($id: ID!) {\n    framework(id: $id) {\n      items {\n        id\n        code\n      }\n    }\n  }\n": types.SanityFrameworkDocument,
    "\n  mutation SanityCopy($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      id\n      title\n      year\n      version\n    }\n  }\n": types.SanityCopyDocument,
    "\n  mutation SanityVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      id\n      title\n      year\n      version\n    }\n  }\n": types.SanityVersionDocument,
    "\n  mutation SanitySettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      id\n      noticeDays\n      objectionAnswerWorkingDays\n    }\n  }\n": types.SanitySettingsDocument,
    "\n  mutation SanityAdjust($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      id\n      adjustments {\n        itemCode\n        disabled\n      }\n    }\n  }\n": types.SanityAdjustDocument,
    "\n  mutation SanityAddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      id\n    }\n  }\n": types.SanityAddTownItemDocument,
    "\n  mutation SanityCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n": types.SanityCreateListDocument,
    "\n  mutation SanityAddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      id\n      villageItems {\n        id\n        code\n        requiresApproval\n      }\n    }\n  }\n": types.SanityAddVillageItemDocument,
    "\n  mutation SanityApprove($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      id\n    }\n  }\n": types.SanityApproveDocument,
    "\n  mutation SanityAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n    }\n  }\n": types.SanityAdoptDocument,
    "\n  mutation SanityCreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      id\n      title\n      year\n    }\n  }\n": types.SanityCreateFrameworkDocument,
    "\n  mutation SanityAddItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      id\n      items {\n        id\n        code\n      }\n    }\n  }\n": types.SanityAddItemDocument,
    "\n  mutation SanityUpdateItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n": types.SanityUpdateItemDocument,
    "\n  mutation SanityUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      id\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n": types.SanityUpdateRulesDocument,
    "\n  mutation SanityPublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      id\n      status\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n": types.SanityPublishFrameworkDocument,
    "\n  mutation SanityCreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      id\n    }\n  }\n": types.SanityCreateManualDocument,
    "\n  mutation SanityPublishManual($id: ID!) {\n    publishManual(id: $id) {\n      id\n      status\n    }\n  }\n": types.SanityPublishManualDocument,
    "\n  query ActRuleEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        points\n      }\n      entries {\n        itemCode\n        points\n        expiresOn\n        ruleNote\n      }\n    }\n  }\n": types.ActRuleEntriesDocument,
    "\n  query AmendInbox {\n    myNotifications {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n": types.AmendInboxDocument,
    "\n  query CatalogueEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n": types.CatalogueEntriesDocument,
    "\n  query CataloguePendingItem($v: ID!) {\n    declarations(villageId: $v, status: PENDING, limit: 50) {\n      items {\n        itemCode\n        pointsAsked\n        item {\n          rule\n          pointLevels\n        }\n      }\n    }\n  }\n": types.CataloguePendingItemDocument,
    "\n  mutation CorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n      status\n      kind\n      points\n      periodId\n    }\n  }\n": types.CorrectionProposeDocument,
    "\n  mutation CorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n      correctionEntryIds\n      retallyId\n      decidedOn\n    }\n  }\n": types.CorrectionConfirmDocument,
    "\n  mutation CorrectionReject($id: ID!, $reason: String!) {\n    rejectLedgerCorrection(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      correctionEntryIds\n    }\n  }\n": types.CorrectionRejectDocument,
    "\n  query CorrectionList($v: ID!, $status: LedgerCorrectionStatus) {\n    ledgerCorrections(villageId: $v, status: $status) {\n      total\n      items {\n        id\n        status\n      }\n    }\n  }\n": types.CorrectionListDocument,
    "\n  query DeclarationsList($villageId: ID!, $status: DeclarationStatus) {\n    declarations(villageId: $villageId, status: $status) {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n": types.DeclarationsListDocument,
    "\n  query DeclarationsMine {\n    myDeclarations {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n": types.DeclarationsMineDocument,
    "\n  fragment ResidentScoreFields on ResidentScore {\n    residentId\n    residentName\n    villageId\n    year\n    quarter\n    periodLabel\n    from\n    to\n    quarterFrom\n    tracks {\n      track\n      baseScore\n      points\n      quarterPoints\n      score\n      entryCount\n    }\n    entries {\n      id\n      seq\n      kind\n      track\n      itemCode\n      itemName\n      itemPointsMin\n      itemPointsMax\n      points\n      actedOn\n      inQuarter\n      quantity\n      repeatMultiplier\n      expiresOn\n      reviewerName\n      declarantName\n      reason\n      reversesEntryId\n      reversed\n      declarationId\n      evidence {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n": types.ResidentScoreFieldsFragmentDoc,
    "\n  query ExplainResidentScore($id: ID!, $year: Int, $quarter: Int) {\n    residentScore(residentId: $id, year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n": types.ExplainResidentScoreDocument,
    "\n  query ExplainMyScore($year: Int, $quarter: Int) {\n    myScore(year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n": types.ExplainMyScoreDocument,
    "\n  query MilestoneEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n": types.MilestoneEntriesDocument,
    "\n  mutation PeriodsOpenYear($villageId: ID!, $year: Int!) {\n    openScoringYear(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n": types.PeriodsOpenYearDocument,
    "\n  query PeriodsPeriodFor($villageId: ID!, $date: String!) {\n    scoringPeriodFor(villageId: $villageId, date: $date) {\n      month {\n        ...ScoringPeriodFields\n      }\n      quarter {\n        ...ScoringPeriodFields\n      }\n      year {\n        ...ScoringPeriodFields\n      }\n    }\n  }\n": types.PeriodsPeriodForDocument,
    "\n  mutation PeriodsAdvance($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {\n    advanceScoringPeriod(id: $id, to: $to, reason: $reason) {\n      id\n      villageId\n      kind\n      year\n      number\n      startsOn\n      endsOn\n      status\n      history {\n        fromStatus\n        toStatus\n        reason\n        createdBy\n      }\n    }\n  }\n": types.PeriodsAdvanceDocument,
    "\n  query ReviewQueue($v: ID!, $status: DeclarationStatus, $limit: Int) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        id\n        residentName\n        quantity\n        note\n        pointsAsked\n        item {\n          code\n          name\n          pointsMin\n          pointsMax\n          perUnitPoints\n          unitLabel\n        }\n        evidence {\n          id\n          fileName\n          contentType\n          sizeBytes\n          sha256\n        }\n        history {\n          kind\n          byUserId\n          byName\n          at\n          points\n          reason\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query RolelessTallyLines($id: ID!) {\n    scoreTally(id: $id) {\n      residentCount\n      lines {\n        residentName\n        subjectTypes\n        rankGroup\n        creditPoints\n        periodCreditPoints\n        roleDutyPoints\n      }\n    }\n  }\n": types.RolelessTallyLinesDocument,
    "\n  fragment AccountFields on UserAccount {\n    id\n    username\n    displayName\n    homeUnit {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    lastLoginAt\n    locked\n    disabled\n    mustChangePassword\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n": types.CreateStaffAccountDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      userId\n      role\n      orgUnit {\n        id\n        name\n      }\n      revokedAt\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      id\n      role\n      revokedAt\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation DisableAccount($userId: ID!) {\n    disableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": types.DisableAccountDocument,
    "\n  mutation EnableAccount($userId: ID!) {\n    enableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": types.EnableAccountDocument,
    "\n  mutation UnlockAccount($userId: ID!) {\n    unlockAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Users($unitId: ID!, $limit: Int!, $offset: Int) {\n    users(unitId: $unitId, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  fragment ContractFields on Contract {\n    id\n    year\n    colour\n    status\n    title\n    clauses\n    itemCodes\n    templateId\n    templateVersion\n    residentId\n    residentName\n    householdId\n    householdCode\n    signedOn\n    witnessName\n    witnessResidentId\n    signedBy\n    terminatedOn\n    terminationReason\n  }\n": types.ContractFieldsFragmentDoc,
    "\n  mutation GenerateContractDrafts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n      byColour {\n        colour\n        count\n      }\n    }\n  }\n": types.GenerateContractDraftsDocument,
    "\n  query Contracts($villageId: ID!, $year: Int, $colour: ContractColour, $status: ContractStatus) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        ...ContractFields\n      }\n    }\n  }\n": types.ContractsDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractFields\n    }\n  }\n": types.ContractDocument,
    "\n  query ContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n        fromStatus\n        toStatus\n        effectiveOn\n        createdBy\n      }\n    }\n  }\n": types.ContractHistoryDocument,
    "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      ...ContractFields\n    }\n  }\n": types.SignContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      ...ContractFields\n    }\n  }\n": types.TerminateContractDocument,
    "\n  query ContractCoverage($villageId: ID!, $year: Int!) {\n    contractCoverage(villageId: $villageId, year: $year) {\n      colour\n      eligible\n      drafted\n      signed\n      terminated\n      coverageRate\n    }\n  }\n": types.ContractCoverageDocument,
    "\n  query LedgerChainCheck($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n      firstBrokenSeq\n    }\n  }\n": types.LedgerChainCheckDocument,
    "\n  query LedgerEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      total\n      items {\n        itemName\n        points\n        actedOn\n        kind\n      }\n    }\n  }\n": types.LedgerEntriesDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ArrangeGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.ArrangeGridDocument,
    "\n  mutation ArrangeHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n    }\n  }\n": types.ArrangeHouseholdDocument,
    "\n  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n    }\n  }\n": types.ArrangeSubjectRoleDocument,
    "\n  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n    }\n  }\n": types.ArrangeResidentLoginDocument,
    "\n  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n    }\n  }\n": types.ArrangeGridLeaderDocument,
    "\n  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n    }\n  }\n": types.ArrangeHouseholdHeadDocument,
    "\n  fragment FrameworkFields on Framework {\n    id\n    year\n    version\n    status\n    title\n    maxAdjustmentPercent\n    rules {\n      creditBaseScore\n      roleDutyBaseScore\n      partyMemberRoleDutyWeight\n      partyMemberCreditWeight\n      excellentMin\n    }\n    items {\n      id\n      code\n      name\n      direction\n      pointsMin\n      pointsMax\n      perUnitPoints\n      withdrawn\n    }\n  }\n": types.FrameworkFieldsFragmentDoc,
    "\n  fragment ManualFields on TownManual {\n    id\n    version\n    status\n    frameworkId\n    townId\n    noticeDays\n    lateEntryDays\n    villageMaxItemPoints\n    adjustments {\n      itemCode\n      disabled\n      pointsMin\n      pointsMax\n    }\n    townItems {\n      id\n      code\n      name\n      pointsMax\n      withdrawn\n    }\n  }\n": types.ManualFieldsFragmentDoc,
    "\n  fragment ListFields on ScoringList {\n    id\n    version\n    status\n    manualId\n    present\n    votesFor\n    villageItems {\n      id\n      code\n      pointsMax\n      requiresApproval\n      approvedAt\n      withdrawn\n    }\n    items {\n      code\n      source\n      pointsMin\n      pointsMax\n      direction\n    }\n  }\n": types.ListFieldsFragmentDoc,
    "\n  mutation CreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": types.CreateFrameworkDocument,
    "\n  mutation AddEvaluationItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": types.AddEvaluationItemDocument,
    "\n  mutation UpdateEvaluationItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n": types.UpdateEvaluationItemDocument,
    "\n  mutation WithdrawEvaluationItem($id: ID!) {\n    withdrawEvaluationItem(itemId: $id) {\n      ...FrameworkFields\n    }\n  }\n": types.WithdrawEvaluationItemDocument,
    "\n  mutation UpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      ...FrameworkFields\n    }\n  }\n": types.UpdateFrameworkRulesDocument,
    "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n": types.PublishFrameworkDocument,
    "\n  mutation CreateFrameworkVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      ...FrameworkFields\n    }\n  }\n": types.CreateFrameworkVersionDocument,
    "\n  mutation CopyFrameworkToYear($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      ...FrameworkFields\n    }\n  }\n": types.CopyFrameworkToYearDocument,
    "\n  query Frameworks($year: Int) {\n    frameworks(year: $year) {\n      total\n      items {\n        ...FrameworkFields\n      }\n    }\n  }\n": types.FrameworksDocument,
    "\n  query Framework($id: ID!) {\n    framework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n": types.FrameworkDocument,
    "\n  mutation CreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      ...ManualFields\n    }\n  }\n": types.CreateManualDocument,
    "\n  mutation SetManualAdjustment($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      ...ManualFields\n    }\n  }\n": types.SetManualAdjustmentDocument,
    "\n  mutation AddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n": types.AddTownItemDocument,
    "\n  mutation UpdateTownItem($input: UpdateTownItemInput!) {\n    updateTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n": types.UpdateTownItemDocument,
    "\n  mutation WithdrawTownItem($id: ID!) {\n    withdrawTownItem(itemId: $id) {\n      ...ManualFields\n    }\n  }\n": types.WithdrawTownItemDocument,
    "\n  mutation UpdateManualSettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      ...ManualFields\n    }\n  }\n": types.UpdateManualSettingsDocument,
    "\n  mutation PublishManual($id: ID!) {\n    publishManual(id: $id) {\n      ...ManualFields\n    }\n  }\n": types.PublishManualDocument,
    "\n  mutation CreateManualVersion($id: ID!) {\n    createManualVersion(fromId: $id) {\n      ...ManualFields\n    }\n  }\n": types.CreateManualVersionDocument,
    "\n  query Manuals($townId: ID!) {\n    manuals(townId: $townId) {\n      ...ManualFields\n    }\n  }\n": types.ManualsDocument,
    "\n  query CurrentManual($townId: ID!, $year: Int) {\n    currentManual(townId: $townId, year: $year) {\n      ...ManualFields\n    }\n  }\n": types.CurrentManualDocument,
    "\n  mutation CreateScoringList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n": types.CreateScoringListDocument,
    "\n  mutation AddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n": types.AddVillageItemDocument,
    "\n  mutation UpdateVillageItem($input: UpdateVillageItemInput!) {\n    updateVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n": types.UpdateVillageItemDocument,
    "\n  mutation WithdrawVillageItem($id: ID!) {\n    withdrawVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n": types.WithdrawVillageItemDocument,
    "\n  mutation ApproveVillageItem($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n": types.ApproveVillageItemDocument,
    "\n  mutation AdoptScoringList($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      ...ListFields\n    }\n  }\n": types.AdoptScoringListDocument,
    "\n  query VillageScoringList($villageId: ID!, $year: Int) {\n    villageScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n": types.VillageScoringListDocument,
    "\n  query ScoringLists($villageId: ID!) {\n    scoringLists(villageId: $villageId) {\n      version\n      status\n    }\n  }\n": types.ScoringListsDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    villageId\n    residentId\n    declaredBy\n    channel\n    itemCode\n    actedOn\n    quantity\n    note\n    status\n  }\n": types.DeclarationFieldsFragmentDoc,
    "\n  mutation DeclareAct($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.DeclareActDocument,
    "\n  mutation RegisterActFull($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.RegisterActFullDocument,
    "\n  mutation ReviewDeclarationFull($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.ReviewDeclarationFullDocument,
    "\n  mutation RegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterActDocument,
    "\n  mutation ReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReviewDeclarationDocument,
    "\n  mutation OpenScoringYear($v: ID!, $y: Int!) {\n    openScoringYear(villageId: $v, year: $y) {\n      id\n      kind\n      number\n      status\n      startsOn\n      endsOn\n    }\n  }\n": types.OpenScoringYearDocument,
    "\n  mutation TallyPeriod($p: ID!) {\n    tallyPeriod(periodId: $p) {\n      id\n      version\n    }\n  }\n": types.TallyPeriodDocument,
    "\n  mutation PublishTally($p: ID!) {\n    publishTally(periodId: $p) {\n      id\n      endsOn\n    }\n  }\n": types.PublishTallyDocument,
    "\n  mutation FinalizePeriod($p: ID!) {\n    finalizePeriod(periodId: $p) {\n      id\n      status\n    }\n  }\n": types.FinalizePeriodDocument,
    "\n  fragment ScoringPeriodFields on ScoringPeriod {\n    id\n    villageId\n    kind\n    year\n    number\n    startsOn\n    endsOn\n    status\n  }\n": types.ScoringPeriodFieldsFragmentDoc,
    "\n  query ScoringPeriods($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n": types.ScoringPeriodsDocument,
    "\n  query DeclarationsByStatus($v: ID!, $status: DeclarationStatus, $limit: Int! = 20) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        actedOn\n      }\n    }\n  }\n": types.DeclarationsByStatusDocument,
    "\n  query OrgIsolationVillages($townId: ID) {\n    villages(townId: $townId, limit: 100) {\n      total\n      items {\n        id\n        name\n        townId\n      }\n    }\n  }\n": types.OrgIsolationVillagesDocument,
    "\n  query OrgIsolationOrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": types.OrgIsolationOrgUnitDocument,
    "\n  mutation OrgIsolationRename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.OrgIsolationRenameDocument,
    "\n  mutation OrgIsolationCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n      code\n      townId\n      districtId\n    }\n  }\n": types.OrgIsolationCreateVillageDocument,
    "\n  query OrgIsolationTowns {\n    towns(limit: 100) {\n      items {\n        name\n      }\n    }\n  }\n": types.OrgIsolationTownsDocument,
    "\n  query OrgIsolationDistricts {\n    districts {\n      id\n      name\n    }\n  }\n": types.OrgIsolationDistrictsDocument,
    "\n  mutation OrgIsolationCreateTown($input: CreateTownInput!) {\n    createTown(input: $input) {\n      id\n      name\n      level\n      districtId\n    }\n  }\n": types.OrgIsolationCreateTownDocument,
    "\n  query OrgIsolationAuditTotal {\n    auditLog {\n      total\n    }\n  }\n": types.OrgIsolationAuditTotalDocument,
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
export function graphql(source: "\n  mutation AccountLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation AccountLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsMe {\n    me {\n      username\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsMe {\n    me {\n      username\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareWithNote($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareWithNote($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameForAudit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameForAudit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPageBytes($limit: Int!, $operation: String) {\n    auditLog(limit: $limit, operation: $operation) {\n      total\n      nextOffset\n      items {\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPageBytes($limit: Int!, $operation: String) {\n    auditLog(limit: $limit, operation: $operation) {\n      total\n      nextOffset\n      items {\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginAndAuditLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginAndAuditLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenClaimsMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TokenClaimsMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChainImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainResidents($villageId: ID!, $subjectType: SubjectType, $search: String) {\n    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {\n      total\n      items {\n        id\n        name\n        grid {\n          code\n        }\n        household {\n          code\n        }\n        subjectRoles {\n          subjectType\n          probationary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainResidents($villageId: ID!, $subjectType: SubjectType, $search: String) {\n    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {\n      total\n      items {\n        id\n        name\n        grid {\n          code\n        }\n        household {\n          code\n        }\n        subjectRoles {\n          subjectType\n          probationary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainResident($id: ID!) {\n    resident(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ChainResident($id: ID!) {\n    resident(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n    }\n  }\n"): (typeof documents)["\n  mutation ChainCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      name\n      gridId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      resident {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChainAssign($input: AssignPostHolderInput!) {\n    assignPostHolder(input: $input) {\n      id\n      resident {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainPosts($villageId: ID!) {\n    posts(villageId: $villageId) {\n      total\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainTerms($id: ID!) {\n    postAssignments(id: $id) {\n      startDate\n      endDate\n      resident {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainTerms($id: ID!) {\n    postAssignments(id: $id) {\n      startDate\n      endDate\n      resident {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChainSetTeam($input: SetScoringTeamInput!) {\n    setScoringTeam(input: $input) {\n      id\n      number\n      members {\n        kind\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainTeams($villageId: ID!) {\n    scoringTeams(villageId: $villageId) {\n      number\n      members {\n        kind\n        resident {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChainSetRota($input: SetCaptainRotaInput!) {\n    setCaptainRota(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      index\n    }\n  }\n"): (typeof documents)["\n  query ChainCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {\n    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {\n      captain {\n        id\n        name\n      }\n      index\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChainSetGovernance($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChainSetGovernance($input: SetGovernanceTeamInput!) {\n    setGovernanceTeam(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainGovernance($villageId: ID!) {\n    governanceTeam(villageId: $villageId) {\n      version\n      effectiveFrom\n      leader {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      deputies {\n        dutyTitle\n        resident {\n          name\n        }\n      }\n      workers {\n        fullTime\n        resident {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractDatesGenerate($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation ContractDatesGenerate($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDatesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractDatesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractDatesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      status\n      signedOn\n    }\n  }\n"): (typeof documents)["\n  mutation ContractDatesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      id\n      status\n      signedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractHistoryBatchPage($v: ID!) {\n    contracts(villageId: $v, limit: 100) {\n      total\n      items {\n        id\n        history {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractHistoryBatchPage($v: ID!) {\n    contracts(villageId: $v, limit: 100) {\n      total\n      items {\n        id\n        history {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractHistoryBatchOne($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractHistoryBatchOne($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractTemplatesFields on ContractTemplate {\n    id\n    colour\n    title\n    clauses\n    itemCodes\n    version\n    status\n    extendsTemplateId\n    townId\n  }\n"): (typeof documents)["\n  fragment ContractTemplatesFields on ContractTemplate {\n    id\n    colour\n    title\n    clauses\n    itemCodes\n    version\n    status\n    extendsTemplateId\n    townId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractTemplatesTemplates($colour: ContractColour, $status: ContractTemplateStatus) {\n    contractTemplates(colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        id\n        colour\n        title\n        clauses\n        itemCodes\n        version\n        status\n        extendsTemplateId\n        townId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractTemplatesTemplates($colour: ContractColour, $status: ContractTemplateStatus) {\n    contractTemplates(colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        id\n        colour\n        title\n        clauses\n        itemCodes\n        version\n        status\n        extendsTemplateId\n        townId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractTemplatesTemplate($id: ID!) {\n    contractTemplate(id: $id) {\n      ...ContractTemplatesFields\n    }\n  }\n"): (typeof documents)["\n  query ContractTemplatesTemplate($id: ID!) {\n    contractTemplate(id: $id) {\n      ...ContractTemplatesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractTemplatesEffective($villageId: ID!, $colour: ContractColour!) {\n    effectiveContractTemplate(villageId: $villageId, colour: $colour) {\n      title\n      clauses\n      itemCodes\n      newerBaseVersion\n      template {\n        id\n        version\n      }\n      base {\n        id\n        version\n      }\n      extension {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractTemplatesEffective($villageId: ID!, $colour: ContractColour!) {\n    effectiveContractTemplate(villageId: $villageId, colour: $colour) {\n      title\n      clauses\n      itemCodes\n      newerBaseVersion\n      template {\n        id\n        version\n      }\n      base {\n        id\n        version\n      }\n      extension {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractTemplatesCreate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContractTemplatesCreate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractTemplatesAddClause($input: AddContractClauseInput!) {\n    addContractClause(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContractTemplatesAddClause($input: AddContractClauseInput!) {\n    addContractClause(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractTemplatesSetItems($input: SetContractTemplateItemsInput!) {\n    setContractTemplateItems(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ContractTemplatesSetItems($input: SetContractTemplateItemsInput!) {\n    setContractTemplateItems(input: $input) {\n      ...ContractTemplatesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractTemplatesPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      ...ContractTemplatesFields\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ContractTemplatesPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      ...ContractTemplatesFields\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsCreateTemplate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ContractsCreateTemplate($input: CreateContractTemplateInput!) {\n    createContractTemplate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ContractsPublish($id: ID!) {\n    publishContractTemplate(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContracts($year: Int) {\n    myContracts(year: $year) {\n      ...ContractFields\n      villageId\n    }\n  }\n"): (typeof documents)["\n  query MyContracts($year: Int) {\n    myContracts(year: $year) {\n      ...ContractFields\n      villageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleOpen($v: ID!, $y: Int!) {\n      openScoringYear(villageId: $v, year: $y) {\n        id\n        kind\n        number\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleOpen($v: ID!, $y: Int!) {\n      openScoringYear(villageId: $v, year: $y) {\n        id\n        kind\n        number\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleRegister($input: RegisterActInput!) {\n      registerAct(input: $input) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleRegister($input: RegisterActInput!) {\n      registerAct(input: $input) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleDeclare($input: DeclareActInput!) {\n      declareAct(input: $input) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleDeclare($input: DeclareActInput!) {\n      declareAct(input: $input) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleReview($input: ReviewDeclarationInput!) {\n      reviewDeclaration(input: $input) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleReview($input: ReviewDeclarationInput!) {\n      reviewDeclaration(input: $input) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleTally($p: ID!, $r: String) {\n      tallyPeriod(periodId: $p, reason: $r) {\n        id\n        version\n        residentCount\n        contentHash\n        ledgerSeq\n        ledgerAnchorHash\n        lines {\n          id\n          residentId\n          residentName\n          subjectTypes\n          probationary\n          creditPoints\n          creditScore\n          periodCreditPoints\n          roleDutyPoints\n          roleDutyScore\n          rankGroup\n          rank\n          vetoed\n          evaluation {\n            stars\n            starsNote\n            partyMember {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n            representative {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleTally($p: ID!, $r: String) {\n      tallyPeriod(periodId: $p, reason: $r) {\n        id\n        version\n        residentCount\n        contentHash\n        ledgerSeq\n        ledgerAnchorHash\n        lines {\n          id\n          residentId\n          residentName\n          subjectTypes\n          probationary\n          creditPoints\n          creditScore\n          periodCreditPoints\n          roleDutyPoints\n          roleDutyScore\n          rankGroup\n          rank\n          vetoed\n          evaluation {\n            stars\n            starsNote\n            partyMember {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n            representative {\n              roleDutyScore\n              composite\n              grade\n              note\n              peerAverage\n              massAverage\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CyclePublish($p: ID!) {\n      publishTally(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        periodLabel\n        tally {\n          id\n          version\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CyclePublish($p: ID!) {\n      publishTally(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        periodLabel\n        tally {\n          id\n          version\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleFinalize($p: ID!) {\n      finalizePeriod(periodId: $p) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleFinalize($p: ID!) {\n      finalizePeriod(periodId: $p) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CycleNotice($p: ID!) {\n      publicNotice(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        openObjections\n        tally {\n          id\n          version\n          lines {\n            id\n            residentId\n            residentName\n            creditScore\n            roleDutyScore\n            rankGroup\n            rank\n            evaluation {\n              stars\n              partyMember {\n                grade\n                composite\n                note\n              }\n              representative {\n                grade\n                composite\n                note\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CycleNotice($p: ID!) {\n      publicNotice(periodId: $p) {\n        id\n        startsOn\n        endsOn\n        open\n        openObjections\n        tally {\n          id\n          version\n          lines {\n            id\n            residentId\n            residentName\n            creditScore\n            roleDutyScore\n            rankGroup\n            rank\n            evaluation {\n              stars\n              partyMember {\n                grade\n                composite\n                note\n              }\n              representative {\n                grade\n                composite\n                note\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CycleVersions($p: ID!) {\n      scoreTallies(periodId: $p) {\n        id\n        version\n        reason\n        contentHash\n      }\n    }\n  "): (typeof documents)["\n    query CycleVersions($p: ID!) {\n      scoreTallies(periodId: $p) {\n        id\n        version\n        reason\n        contentHash\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CycleVerify($id: ID!) {\n      verifyScoreTally(tallyId: $id) {\n        valid\n        contentHashMatches\n        anchorMatches\n        chainValid\n        sumsMatch\n        problems\n      }\n    }\n  "): (typeof documents)["\n    query CycleVerify($id: ID!) {\n      verifyScoreTally(tallyId: $id) {\n        valid\n        contentHashMatches\n        anchorMatches\n        chainValid\n        sumsMatch\n        problems\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleRaise($input: RaiseObjectionInput!) {\n      raiseObjection(input: $input) {\n        id\n        status\n        raisedOn\n        answerDueOn\n        overdue\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleRaise($input: RaiseObjectionInput!) {\n      raiseObjection(input: $input) {\n        id\n        status\n        raisedOn\n        answerDueOn\n        overdue\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CycleAnswer($input: AnswerObjectionInput!) {\n      answerObjection(input: $input) {\n        id\n        status\n        answer\n        answeredOn\n        answeredLate\n        correctionEntryIds\n        retallyId\n      }\n    }\n  "): (typeof documents)["\n    mutation CycleAnswer($input: AnswerObjectionInput!) {\n      answerObjection(input: $input) {\n        id\n        status\n        answer\n        answeredOn\n        answeredLate\n        correctionEntryIds\n        retallyId\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CycleObjections($p: ID!) {\n      objections(periodId: $p) {\n        total\n        items {\n          id\n          status\n          overdue\n          answerDueOn\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CycleObjections($p: ID!) {\n      objections(periodId: $p) {\n        total\n        items {\n          id\n          status\n          overdue\n          answerDueOn\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CycleInbox {\n      myNotifications(limit: 100) {\n        total\n        items {\n          kind\n          title\n          body\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CycleInbox {\n      myNotifications(limit: 100) {\n        total\n        items {\n          kind\n          title\n          body\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyNoticeOneTally($id: ID!) {\n    scoreTally(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query QuarterlyNoticeOneTally($id: ID!) {\n    scoreTally(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyNoticeScore($r: ID!, $y: Int, $q: Int) {\n    residentScore(residentId: $r, year: $y, quarter: $q) {\n      postedVersion\n      laterEntries\n      tracks {\n        track\n        score\n      }\n      entries {\n        itemCode\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterlyNoticeScore($r: ID!, $y: Int, $q: Int) {\n    residentScore(residentId: $r, year: $y, quarter: $q) {\n      postedVersion\n      laterEntries\n      tracks {\n        track\n        score\n      }\n      entries {\n        itemCode\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WholeYearRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WholeYearRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholeYearChain($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n    }\n  }\n"): (typeof documents)["\n  query WholeYearChain($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesResidents($v: ID!) {\n    residents(villageId: $v, limit: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesResidents($v: ID!) {\n    residents(villageId: $v, limit: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesShops {\n    shops {\n      id\n      name\n      kind\n      townShop\n      goods {\n        name\n        pricePoints\n        valueYuan\n        stock\n        unlimited\n        isService\n        limitPerPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesShops {\n    shops {\n      id\n      name\n      kind\n      townShop\n      goods {\n        name\n        pricePoints\n        valueYuan\n        stock\n        unlimited\n        isService\n        limitPerPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesShopRedemptions($s: ID!) {\n    shopRedemptions(shopId: $s) {\n      goodsName\n      status\n      points\n      onBehalf\n      residentConfirmation\n      pickupCode\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesShopRedemptions($s: ID!) {\n    shopRedemptions(shopId: $s) {\n      goodsName\n      status\n      points\n      onBehalf\n      residentConfirmation\n      pickupCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesMyRedemptions {\n    myRedemptions {\n      shopId\n      goodsName\n      status\n      pickupCode\n      pickupBy\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesMyRedemptions {\n    myRedemptions {\n      shopId\n      goodsName\n      status\n      pickupCode\n      pickupBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoIncentivesConfirmPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      status\n      goodsName\n    }\n  }\n"): (typeof documents)["\n  mutation DemoIncentivesConfirmPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      status\n      goodsName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesResidentPoints($r: ID!) {\n    residentPoints(residentId: $r) {\n      balance\n      movements {\n        kind\n        points\n        occurredOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesResidentPoints($r: ID!) {\n    residentPoints(residentId: $r) {\n      balance\n      movements {\n        kind\n        points\n        occurredOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesPointsChain($v: ID!) {\n    checkPointsChain(villageId: $v) {\n      ok\n      balancesMatch\n      entries\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesPointsChain($v: ID!) {\n    checkPointsChain(villageId: $v) {\n      ok\n      balancesMatch\n      entries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesNominations($t: ID!, $year: Int!) {\n    honourNominations(townId: $t, year: $year) {\n      residentName\n      honourName\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesNominations($t: ID!, $year: Int!) {\n    honourNominations(townId: $t, year: $year) {\n      residentName\n      honourName\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesCases($v: ID!, $year: Int!) {\n    constraintCases(villageId: $v, year: $year) {\n      id\n      kind\n      residentName\n      outcome\n      outcomeOn\n      mentorResidentId\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesCases($v: ID!, $year: Int!) {\n    constraintCases(villageId: $v, year: $year) {\n      id\n      kind\n      residentName\n      outcome\n      outcomeOn\n      mentorResidentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesByElections($v: ID!) {\n    byElections(villageId: $v) {\n      caseId\n      status\n      termEnd\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesByElections($v: ID!) {\n    byElections(villageId: $v) {\n      caseId\n      status\n      termEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesVisits($c: ID!) {\n    mentoringVisits(caseId: $c) {\n      visitedOn\n      note\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesVisits($c: ID!) {\n    mentoringVisits(caseId: $c) {\n      visitedOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesPeriods($v: ID!, $year: Int!) {\n    scoringPeriods(villageId: $v, year: $year) {\n      id\n      kind\n      number\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesPeriods($v: ID!, $year: Int!) {\n    scoringPeriods(villageId: $v, year: $year) {\n      id\n      kind\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesNoticeRoles($p: ID!) {\n    publicNotice(periodId: $p) {\n      tally {\n        lines {\n          residentName\n          subjectTypes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesNoticeRoles($p: ID!) {\n    publicNotice(periodId: $p) {\n      tally {\n        lines {\n          residentName\n          subjectTypes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIncentivesPayoutPlans($v: ID!, $year: Int!) {\n    payoutPlans(villageId: $v, year: $year) {\n      title\n      status\n      periodKind\n      periodNumber\n      yuanPerPoint\n      totalYuan\n      votePresent\n      voteFor\n      votedOn\n      paidOn\n      lines {\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoIncentivesPayoutPlans($v: ID!, $year: Int!) {\n    payoutPlans(villageId: $v, year: $year) {\n      title\n      status\n      periodKind\n      periodNumber\n      yuanPerPoint\n      totalYuan\n      votePresent\n      voteFor\n      votedOn\n      paidOn\n      lines {\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoQuarterEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      items {\n        id\n        itemCode\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoQuarterEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      items {\n        id\n        itemCode\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoVillagePeople($v: ID!, $captainOn: String!) {\n    residents(villageId: $v, limit: 100) {\n      total\n    }\n    partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) {\n      total\n    }\n    grids(villageId: $v) {\n      id\n      name\n    }\n    posts(villageId: $v, limit: 100) {\n      total\n      items {\n        holders {\n          id\n        }\n      }\n    }\n    scoringTeams(villageId: $v) {\n      number\n      members {\n        kind\n      }\n    }\n    governanceTeam(villageId: $v) {\n      deputies {\n        dutyTitle\n      }\n    }\n    captainOn(villageId: $v, teamNumber: 1, date: $captainOn) {\n      captain {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoVillagePeople($v: ID!, $captainOn: String!) {\n    residents(villageId: $v, limit: 100) {\n      total\n    }\n    partyMembers: residents(villageId: $v, subjectType: PARTY_MEMBER, limit: 100) {\n      total\n    }\n    grids(villageId: $v) {\n      id\n      name\n    }\n    posts(villageId: $v, limit: 100) {\n      total\n      items {\n        holders {\n          id\n        }\n      }\n    }\n    scoringTeams(villageId: $v) {\n      number\n      members {\n        kind\n      }\n    }\n    governanceTeam(villageId: $v) {\n      deputies {\n        dutyTitle\n      }\n    }\n    captainOn(villageId: $v, teamNumber: 1, date: $captainOn) {\n      captain {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eTallyNoticeLines($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  query E2eTallyNoticeLines($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eTallyNotice($p: ID!) {\n    publicNotice(periodId: $p) {\n      endsOn\n      tally {\n        lines {\n          id\n          residentName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eTallyNotice($p: ID!) {\n    publicNotice(periodId: $p) {\n      endsOn\n      tally {\n        lines {\n          id\n          residentName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppraisalSampleFields on AppraisalSampleItem {\n    id\n    villageId\n    year\n    position\n    sampleSize\n    residentId\n    residentName\n    subjectTypes\n    drawnBy\n    finding\n    findingNote\n    findingBy\n  }\n"): (typeof documents)["\n  fragment AppraisalSampleFields on AppraisalSampleItem {\n    id\n    villageId\n    year\n    position\n    sampleSize\n    residentId\n    residentName\n    subjectTypes\n    drawnBy\n    finding\n    findingNote\n    findingBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraisalRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n"): (typeof documents)["\n  mutation AppraisalRate($input: RateAppraisalInput!) {\n    rateAppraisal(input: $input) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalSummary($villageId: ID!, $year: Int!) {\n    appraisalSummary(villageId: $villageId, year: $year) {\n      rateeResidentId\n      rateeName\n      subjectType\n      peerCount\n      peerAverage\n      massCount\n      massAverage\n    }\n  }\n"): (typeof documents)["\n  query AppraisalSummary($villageId: ID!, $year: Int!) {\n    appraisalSummary(villageId: $villageId, year: $year) {\n      rateeResidentId\n      rateeName\n      subjectType\n      peerCount\n      peerAverage\n      massCount\n      massAverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalRatings($villageId: ID!, $year: Int!) {\n    appraisalRatings(villageId: $villageId, year: $year) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n"): (typeof documents)["\n  query AppraisalRatings($villageId: ID!, $year: Int!) {\n    appraisalRatings(villageId: $villageId, year: $year) {\n      id\n      villageId\n      year\n      rateeResidentId\n      subjectType\n      raterKind\n      raterResidentId\n      rating\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraisalDraw($villageId: ID!, $year: Int!, $size: Int!) {\n    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {\n      ...AppraisalSampleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AppraisalDraw($villageId: ID!, $year: Int!, $size: Int!) {\n    drawAppraisalSample(villageId: $villageId, year: $year, size: $size) {\n      ...AppraisalSampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraisalFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {\n    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {\n      ...AppraisalSampleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AppraisalFinding($sampleId: ID!, $finding: SampleFinding!, $note: String) {\n    recordSampleFinding(sampleId: $sampleId, finding: $finding, note: $note) {\n      ...AppraisalSampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalSample($villageId: ID!, $year: Int!) {\n    appraisalSample(villageId: $villageId, year: $year) {\n      ...AppraisalSampleFields\n    }\n  }\n"): (typeof documents)["\n  query AppraisalSample($villageId: ID!, $year: Int!) {\n    appraisalSample(villageId: $villageId, year: $year) {\n      ...AppraisalSampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalFrameworkRules($id: ID!) {\n    framework(id: $id) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppraisalFrameworkRules($id: ID!) {\n    framework(id: $id) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraisalUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppraisalUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      rules {\n        peerAppraisalWeight\n        massAppraisalWeight\n        excellentMin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreYearTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CadreYearTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        roleDutyScore\n        evaluation {\n          cadre {\n            composite\n            grade\n          }\n          partyMember {\n            grade\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CadreTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        roleDutyScore\n        evaluation {\n          cadre {\n            composite\n            grade\n          }\n          partyMember {\n            grade\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictRecordScore($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        score\n      }\n      districtRecord {\n        score\n        letterGrade\n        entryCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictRecordScore($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        score\n      }\n      districtRecord {\n        score\n        letterGrade\n        entryCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictRecordTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DistrictRecordTallies($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictRecordTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          districtRecord {\n            score\n            letterGrade\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictRecordTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          districtRecord {\n            score\n            letterGrade\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPreviewOfTown($manualId: ID, $frameworkId: ID, $year: Int) {\n    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {\n      draftKind\n      draftId\n      draftVersion\n      year\n      changedItems {\n        code\n        currentRule\n        draftRule\n        villages\n      }\n      villages {\n        villageId\n        townId\n        hasList\n        residents\n        rescoredEntries\n        changedPeople\n        scoreChangedPeople\n        current {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n        draft {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftPreviewOfTown($manualId: ID, $frameworkId: ID, $year: Int) {\n    draftPreview(manualId: $manualId, frameworkId: $frameworkId, year: $year) {\n      draftKind\n      draftId\n      draftVersion\n      year\n      changedItems {\n        code\n        currentRule\n        draftRule\n        villages\n      }\n      villages {\n        villageId\n        townId\n        hasList\n        residents\n        rescoredEntries\n        changedPeople\n        scoreChangedPeople\n        current {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n        draft {\n          averageCreditScore\n          partyMemberGrades {\n            excellent\n            qualified\n            basic\n            unqualified\n          }\n          stars {\n            stars\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPreviewPeopleOfVillage(\n    $manualId: ID\n    $frameworkId: ID\n    $villageId: ID!\n    $onlyChanged: Boolean!\n  ) {\n    draftPreviewPeople(\n      manualId: $manualId\n      frameworkId: $frameworkId\n      villageId: $villageId\n      onlyChanged: $onlyChanged\n      limit: 50\n    ) {\n      total\n      village {\n        changedPeople\n      }\n      items {\n        residentId\n        residentName\n        gradeChanged\n        starsChanged\n        scoreChanged\n        current {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        draft {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        items {\n          itemCode\n          entries\n          recordedPoints\n          draftPoints\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftPreviewPeopleOfVillage(\n    $manualId: ID\n    $frameworkId: ID\n    $villageId: ID!\n    $onlyChanged: Boolean!\n  ) {\n    draftPreviewPeople(\n      manualId: $manualId\n      frameworkId: $frameworkId\n      villageId: $villageId\n      onlyChanged: $onlyChanged\n      limit: 50\n    ) {\n      total\n      village {\n        changedPeople\n      }\n      items {\n        residentId\n        residentName\n        gradeChanged\n        starsChanged\n        scoreChanged\n        current {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        draft {\n          creditScore\n          roleDutyScore\n          evaluation {\n            stars\n            partyMember {\n              composite\n              grade\n            }\n          }\n        }\n        items {\n          itemCode\n          entries\n          recordedPoints\n          draftPoints\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPreviewResidentScore($id: ID!, $year: Int) {\n    residentScore(residentId: $id, year: $year) {\n      tracks {\n        track\n        score\n        entryCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftPreviewResidentScore($id: ID!, $year: Int) {\n    residentScore(residentId: $id, year: $year) {\n      tracks {\n        track\n        score\n        entryCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JudgementYearLines($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query JudgementYearLines($p: ID!) {\n    scoreTallies(periodId: $p) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JudgementTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          starsNote\n          partyMember {\n            grade\n            note\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JudgementTally($id: ID!) {\n    scoreTally(id: $id) {\n      lines {\n        residentName\n        creditScore\n        evaluation {\n          stars\n          starsNote\n          partyMember {\n            grade\n            note\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JudgementRepair($input: RepairCreditInput!) {\n    repairCredit(input: $input) {\n      points\n      ruleNote\n    }\n  }\n"): (typeof documents)["\n  mutation JudgementRepair($input: RepairCreditInput!) {\n    repairCredit(input: $input) {\n      points\n      ruleNote\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CasesOpen($villageId: ID!, $year: Int!) {\n    openYearCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      residentName\n      deadline\n      overdue\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation CasesOpen($villageId: ID!, $year: Int!) {\n    openYearCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      residentName\n      deadline\n      overdue\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesList($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      overdue\n      outcome\n      mentorResidentId\n    }\n  }\n"): (typeof documents)["\n  query CasesList($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n      overdue\n      outcome\n      mentorResidentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesClose($input: CloseConstraintCaseInput!) {\n    closeConstraintCase(input: $input) {\n      id\n      outcome\n      outcomeText\n      outcomeOn\n    }\n  }\n"): (typeof documents)["\n  mutation CasesClose($input: CloseConstraintCaseInput!) {\n    closeConstraintCase(input: $input) {\n      id\n      outcome\n      outcomeText\n      outcomeOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesByElections($villageId: ID!) {\n    byElections(villageId: $villageId) {\n      id\n      caseId\n      householdIds\n      termEnd\n      status\n    }\n  }\n"): (typeof documents)["\n  query CasesByElections($villageId: ID!) {\n    byElections(villageId: $villageId) {\n      id\n      caseId\n      householdIds\n      termEnd\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesElect($input: RecordByElectionInput!) {\n    recordByElection(input: $input) {\n      status\n      electedResidentId\n      electedRoleId\n    }\n  }\n"): (typeof documents)["\n  mutation CasesElect($input: RecordByElectionInput!) {\n    recordByElection(input: $input) {\n      status\n      electedResidentId\n      electedRoleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      mentorResidentId\n    }\n  }\n"): (typeof documents)["\n  mutation CasesAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      mentorResidentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesVisit($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n      visitedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CasesVisit($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n      visitedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesVisits($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n"): (typeof documents)["\n  query CasesVisits($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesGenerateContracts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation CasesGenerateContracts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesContracts($villageId: ID!, $year: Int, $colour: ContractColour) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, limit: 10) {\n      items {\n        id\n        residentName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CasesSign($input: SignContractInput!) {\n    signContract(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HonourCreateType($input: CreateHonourTypeInput!) {\n    createHonourType(input: $input) {\n      id\n      name\n      minStars\n    }\n  }\n"): (typeof documents)["\n  mutation HonourCreateType($input: CreateHonourTypeInput!) {\n    createHonourType(input: $input) {\n      id\n      name\n      minStars\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonourTypes {\n    honourTypes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query HonourTypes {\n    honourTypes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HonourNominate($input: NominateHonourInput!) {\n    nominateHonour(input: $input) {\n      id\n      status\n      stars\n      honourName\n      residentName\n    }\n  }\n"): (typeof documents)["\n  mutation HonourNominate($input: NominateHonourInput!) {\n    nominateHonour(input: $input) {\n      id\n      status\n      stars\n      honourName\n      residentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HonourDecide($input: DecideNominationInput!) {\n    decideHonourNomination(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation HonourDecide($input: DecideNominationInput!) {\n    decideHonourNomination(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HonourPublish($townId: ID!, $year: Int!) {\n    publishHonourList(townId: $townId, year: $year) {\n      id\n      honourCount\n    }\n  }\n"): (typeof documents)["\n  mutation HonourPublish($townId: ID!, $year: Int!) {\n    publishHonourList(townId: $townId, year: $year) {\n      id\n      honourCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonourNominations($villageId: ID, $townId: ID, $year: Int) {\n    honourNominations(villageId: $villageId, townId: $townId, year: $year) {\n      id\n      residentName\n      status\n    }\n  }\n"): (typeof documents)["\n  query HonourNominations($villageId: ID, $townId: ID, $year: Int) {\n    honourNominations(villageId: $villageId, townId: $townId, year: $year) {\n      id\n      residentName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonourResidentHonours($residentId: ID!) {\n    residentHonours(residentId: $residentId) {\n      honourName\n      year\n      status\n    }\n  }\n"): (typeof documents)["\n  query HonourResidentHonours($residentId: ID!) {\n    residentHonours(residentId: $residentId) {\n      honourName\n      year\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonourMine {\n    myHonours {\n      honourName\n      year\n    }\n  }\n"): (typeof documents)["\n  query HonourMine {\n    myHonours {\n      honourName\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisitsCases($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n    }\n  }\n"): (typeof documents)["\n  query MyVisitsCases($villageId: ID!, $year: Int) {\n    constraintCases(villageId: $villageId, year: $year) {\n      id\n      kind\n      residentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyVisitsAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MyVisitsAssign($input: AssignMentorInput!) {\n    assignMentor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyVisitsRecord($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MyVisitsRecord($input: RecordMentoringVisitInput!) {\n    recordMentoringVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisitsOfCase($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MyVisitsOfCase($caseId: ID!) {\n    mentoringVisits(caseId: $caseId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisitsMine {\n    myMentoringVisits {\n      id\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n"): (typeof documents)["\n  query MyVisitsMine {\n    myMentoringVisits {\n      id\n      visitedOn\n      note\n      agreedImprovement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutDraft($input: DraftPayoutPlanInput!) {\n    draftPayoutPlan(input: $input) {\n      id\n      status\n      totalYuan\n      lineCount\n      digest\n      tallyLines: lines {\n        position\n        residentId\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutDraft($input: DraftPayoutPlanInput!) {\n    draftPayoutPlan(input: $input) {\n      id\n      status\n      totalYuan\n      lineCount\n      digest\n      tallyLines: lines {\n        position\n        residentId\n        residentName\n        basisPoints\n        amountYuan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutVote($input: RecordPayoutVoteInput!) {\n    recordPayoutVote(input: $input) {\n      id\n      status\n      votePresent\n      voteFor\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutVote($input: RecordPayoutVoteInput!) {\n    recordPayoutVote(input: $input) {\n      id\n      status\n      votePresent\n      voteFor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutPost($planId: ID!) {\n    postPayoutPlan(planId: $planId) {\n      id\n      status\n      postedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutPost($planId: ID!) {\n    postPayoutPlan(planId: $planId) {\n      id\n      status\n      postedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutPaid($input: MarkPayoutPaidInput!) {\n    markPayoutPaid(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutPaid($input: MarkPayoutPaidInput!) {\n    markPayoutPaid(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutPlans($villageId: ID!) {\n    payoutPlans(villageId: $villageId) {\n      id\n      status\n      events {\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutPlans($villageId: ID!) {\n    payoutPlans(villageId: $villageId) {\n      id\n      status\n      events {\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutPlan($id: ID!) {\n    payoutPlan(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query PayoutPlan($id: ID!) {\n    payoutPlan(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemFor($input: ReserveRedemptionForInput!) {\n    reserveRedemptionFor(input: $input) {\n      id\n      status\n      points\n      residentId\n      pickupCode\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemFor($input: ReserveRedemptionForInput!) {\n    reserveRedemptionFor(input: $input) {\n      id\n      status\n      points\n      residentId\n      pickupCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemOwn($input: ReserveRedemptionInput!) {\n    reserveRedemption(input: $input) {\n      id\n      status\n      points\n      pickupCode\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemOwn($input: ReserveRedemptionInput!) {\n    reserveRedemption(input: $input) {\n      id\n      status\n      points\n      pickupCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedeemMyShops {\n    myShops {\n      balance\n      shops {\n        shop {\n          id\n          name\n          townShop\n        }\n        offers {\n          goods {\n            id\n          }\n          canRedeem\n          whyNot\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RedeemMyShops {\n    myShops {\n      balance\n      shops {\n        shop {\n          id\n          name\n          townShop\n        }\n        offers {\n          goods {\n            id\n          }\n          canRedeem\n          whyNot\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedeemMyPoints {\n    myPoints {\n      balance\n      lots {\n        id\n        amount\n        remaining\n        expiresOn\n      }\n      movements {\n        kind\n        points\n        lotId\n      }\n    }\n  }\n"): (typeof documents)["\n  query RedeemMyPoints {\n    myPoints {\n      balance\n      lots {\n        id\n        amount\n        remaining\n        expiresOn\n      }\n      movements {\n        kind\n        points\n        lotId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemPickup($input: ConfirmPickupInput!) {\n    confirmPickup(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemSetPolicy($input: SetPointsPolicyInput!) {\n    setPointsPolicy(input: $input) {\n      expiryMode\n      validityMonths\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemSetPolicy($input: SetPointsPolicyInput!) {\n    setPointsPolicy(input: $input) {\n      expiryMode\n      validityMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxInbox($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      unreadCount\n      items {\n        id\n        kind\n        kindLabel\n        title\n        body\n        read\n        readAt\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxInbox($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      unreadCount\n      items {\n        id\n        kind\n        kindLabel\n        title\n        body\n        read\n        readAt\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      read\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      read\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewerInbox {\n    myNotifications(limit: 100) {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewerInbox {\n    myNotifications(limit: 100) {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewerInboxRaise($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      answerDueOn\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewerInboxRaise($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      answerDueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      checkInCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n      checkInCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCheckIn($code: String!) {\n    checkInVolunteer(code: $code) {\n      activityTitle\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCheckIn($code: String!) {\n    checkInVolunteer(code: $code) {\n      activityTitle\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRead($id: ID!) {\n    volunteerActivity(id: $id) {\n      participants {\n        residentName\n        channel\n        hours\n        declarationId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityRead($id: ID!) {\n    volunteerActivity(id: $id) {\n      participants {\n        residentName\n        channel\n        hours\n        declarationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoActivityCreate($input: CreateActivityInput!) {\n    createVolunteerActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoActivityRegister($input: RegisterParticipantInput!) {\n    registerVolunteer(input: $input) {\n      residentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoActivityAdd($input: AddActivityPhotoInput!) {\n    addVolunteerActivityPhoto(input: $input) {\n      id\n      sha256\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoActivityAdd($input: AddActivityPhotoInput!) {\n    addVolunteerActivityPhoto(input: $input) {\n      id\n      sha256\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoRegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoRegisterAct($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n      photos {\n        sha256\n      }\n      participants {\n        declarationId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoActivityClose($activityId: ID!) {\n    closeVolunteerActivity(activityId: $activityId) {\n      status\n      photos {\n        sha256\n      }\n      participants {\n        declarationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnomalyAlerts($unitId: ID!, $status: AnomalyAlertStatus, $kind: AnomalyKind, $limit: Int) {\n    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        villageId\n        villageName\n        subjectKind\n        subjectId\n        subjectName\n        periodLabel\n        occurredOn\n        summary\n        evidence\n        declarationIds\n        residentIds\n        status\n        resolution {\n          resolution\n          note\n          resolvedByName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnomalyAlerts($unitId: ID!, $status: AnomalyAlertStatus, $kind: AnomalyKind, $limit: Int) {\n    anomalyAlerts(unitId: $unitId, status: $status, kind: $kind, limit: $limit) {\n      total\n      items {\n        id\n        kind\n        villageId\n        villageName\n        subjectKind\n        subjectId\n        subjectName\n        periodLabel\n        occurredOn\n        summary\n        evidence\n        declarationIds\n        residentIds\n        status\n        resolution {\n          resolution\n          note\n          resolvedByName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnomalyResolve($input: ResolveAnomalyAlertInput!) {\n    resolveAnomalyAlert(input: $input) {\n      id\n      status\n      resolution {\n        resolution\n        note\n        resolvedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnomalyResolve($input: ResolveAnomalyAlertInput!) {\n    resolveAnomalyAlert(input: $input) {\n      id\n      status\n      resolution {\n        resolution\n        note\n        resolvedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnomalyCorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnomalyCorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnomalyCorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AnomalyCorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOf($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {\n      unitName\n      childLevel\n      rows {\n        unitId\n        unitName\n        values {\n          key\n          value\n          previous\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOf($unitId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: $kind, periodNumber: $number) {\n      unitName\n      childLevel\n      rows {\n        unitId\n        unitName\n        values {\n          key\n          value\n          previous\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FairnessOf($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {\n      villageName\n      periodLabel\n      startsOn\n      endsOn\n      scoreSource\n      scoreNote\n      outlierRule\n      village {\n        residents\n        deductions\n        deductionsPer100\n      }\n      dimensions {\n        key\n        label\n        groups {\n          key\n          label\n          residents\n          scoredResidents\n          averageCreditScore\n          deductions\n          deductionPoints\n          deductionsPer100\n          objectionsRaised\n          objectionsUpheld\n          check {\n            zScore\n            flagged\n            deviation\n            reason\n          }\n        }\n      }\n      reviewers {\n        accountId\n        displayName\n        entriesApproved\n        deductions\n        deductionShare\n        check {\n          zScore\n          flagged\n          deviation\n          reason\n        }\n      }\n      reviewerTotal {\n        entriesApproved\n        deductions\n        deductionShare\n      }\n    }\n  }\n"): (typeof documents)["\n  query FairnessOf($villageId: ID!, $year: Int!, $kind: DashboardPeriodKind!, $number: Int!) {\n    fairnessView(villageId: $villageId, year: $year, periodKind: $kind, periodNumber: $number) {\n      villageName\n      periodLabel\n      startsOn\n      endsOn\n      scoreSource\n      scoreNote\n      outlierRule\n      village {\n        residents\n        deductions\n        deductionsPer100\n      }\n      dimensions {\n        key\n        label\n        groups {\n          key\n          label\n          residents\n          scoredResidents\n          averageCreditScore\n          deductions\n          deductionPoints\n          deductionsPer100\n          objectionsRaised\n          objectionsUpheld\n          check {\n            zScore\n            flagged\n            deviation\n            reason\n          }\n        }\n      }\n      reviewers {\n        accountId\n        displayName\n        entriesApproved\n        deductions\n        deductionShare\n        check {\n          zScore\n          flagged\n          deviation\n          reason\n        }\n      }\n      reviewerTotal {\n        entriesApproved\n        deductions\n        deductionShare\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n      expectedAttendees {\n        residentId\n        residentName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      status\n      expectedAttendees {\n        residentId\n        residentName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      status\n      attendance {\n        residentName\n        status\n        declarationId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      status\n      attendance {\n        residentName\n        status\n        declarationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRead($id: ID!) {\n    meeting(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MeetingRead($id: ID!) {\n    meeting(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRates($villageId: ID!, $year: Int!) {\n    meetingAttendanceRates(villageId: $villageId, year: $year) {\n      type\n      quarter\n      meetings\n      expected\n      present\n      excused\n      absent\n      rate\n    }\n  }\n"): (typeof documents)["\n  query MeetingRates($villageId: ID!, $year: Int!) {\n    meetingAttendanceRates(villageId: $villageId, year: $year) {\n      type\n      quarter\n      meetings\n      expected\n      present\n      excused\n      absent\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      kind\n      occurredOn\n      amountYuan\n      counts\n      recordedByName\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomeRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      kind\n      occurredOn\n      amountYuan\n      counts\n      recordedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeCorrect($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n      correctsId\n      amountYuan\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomeCorrect($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n      correctsId\n      amountYuan\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeRecords($unitId: ID!, $year: Int!) {\n    outcomeRecords(unitId: $unitId, year: $year) {\n      id\n      kind\n      counts\n      correctedById\n    }\n  }\n"): (typeof documents)["\n  query OutcomeRecords($unitId: ID!, $year: Int!) {\n    outcomeRecords(unitId: $unitId, year: $year) {\n      id\n      kind\n      counts\n      correctedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomeDashboard($unitId: ID!, $year: Int!) {\n    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {\n      rows {\n        unitId\n        values {\n          key\n          value\n        }\n      }\n      total {\n        values {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNoticeRead($id: ID!) {\n    publicArtefact(id: $id) {\n      artefactId\n      kind\n      title\n      canonical\n      digest\n      seq\n      entryHash\n      checkpoint {\n        id\n        seq\n        rootHash\n        publicKey\n        signature\n        countersigns {\n          unitName\n          capacity\n          signerName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicNoticeRead($id: ID!) {\n    publicArtefact(id: $id) {\n      artefactId\n      kind\n      title\n      canonical\n      digest\n      seq\n      entryHash\n      checkpoint {\n        id\n        seq\n        rootHash\n        publicKey\n        signature\n        countersigns {\n          unitName\n          capacity\n          signerName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNoticeVerify($id: ID!, $seq: Int, $root: String) {\n    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {\n      inLog\n      unchanged\n      chainIntact\n      checkpointsValid\n      printedCheckpointConsistent\n      problems\n    }\n  }\n"): (typeof documents)["\n  query PublicNoticeVerify($id: ID!, $seq: Int, $root: String) {\n    verifyPublicArtefact(id: $id, checkpointSeq: $seq, checkpointRoot: $root) {\n      inLog\n      unchanged\n      chainIntact\n      checkpointsValid\n      printedCheckpointConsistent\n      problems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNoticePublished {\n    publishedArtefacts {\n      artefactId\n      kind\n      villageId\n    }\n  }\n"): (typeof documents)["\n  query PublicNoticePublished {\n    publishedArtefacts {\n      artefactId\n      kind\n      villageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicNoticeCountersign($input: CountersignCheckpointInput!) {\n    countersignCheckpoint(input: $input) {\n      unitName\n      capacity\n      signerName\n    }\n  }\n"): (typeof documents)["\n  mutation PublicNoticeCountersign($input: CountersignCheckpointInput!) {\n    countersignCheckpoint(input: $input) {\n      unitName\n      capacity\n      signerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsCreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsCreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsSetLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n      leaderResidentId\n      leaderName\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsSetLeader($input: SetGridLeaderInput!) {\n    setGridLeader(input: $input) {\n      id\n      leaderResidentId\n      leaderName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      gridId\n      headName\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      code\n      gridId\n      headName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsSetHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n      headResidentId\n      headName\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsSetHead($input: SetHouseholdHeadInput!) {\n    setHouseholdHead(input: $input) {\n      id\n      headResidentId\n      headName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n      gridId\n      household {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsCreateResident($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n      gridId\n      household {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridsHouseholdsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GridsHouseholdsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridsHouseholdsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      toStatus\n    }\n  }\n"): (typeof documents)["\n  query GridsHouseholdsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      toStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHouseholdMembers {\n    myHouseholdMembers {\n      name\n      isHead\n      relationToHead\n    }\n  }\n"): (typeof documents)["\n  query MyHouseholdMembers {\n    myHouseholdMembers {\n      name\n      isHead\n      relationToHead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentImportImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentImportImport($input: ImportResidentsInput!) {\n    importResidents(input: $input) {\n      imported\n      householdsCreated\n      dryRun\n      rows {\n        row\n        ok\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentListFields on Resident {\n    id\n    villageId\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    createdAt\n    householdId\n    household {\n      id\n      villageId\n      code\n      address\n      gridId\n      headResidentId\n      headName\n      memberCount\n      createdAt\n    }\n    gridId\n    grid {\n      id\n      villageId\n      code\n      name\n      leaderResidentId\n      leaderName\n      createdAt\n    }\n    subjectRoles {\n      id\n      residentId\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentListFields on Resident {\n    id\n    villageId\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    createdAt\n    householdId\n    household {\n      id\n      villageId\n      code\n      address\n      gridId\n      headResidentId\n      headName\n      memberCount\n      createdAt\n    }\n    gridId\n    grid {\n      id\n      villageId\n      code\n      name\n      leaderResidentId\n      leaderName\n      createdAt\n    }\n    subjectRoles {\n      id\n      residentId\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentListList(\n    $villageId: ID!\n    $limit: Int\n    $offset: Int\n    $search: String\n    $status: ResidentStatus\n    $subjectType: SubjectType\n    $gridId: ID\n    $householdId: ID\n  ) {\n    residents(\n      villageId: $villageId\n      limit: $limit\n      offset: $offset\n      search: $search\n      status: $status\n      subjectType: $subjectType\n      gridId: $gridId\n      householdId: $householdId\n    ) {\n      total\n      items {\n        ...ResidentListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentListList(\n    $villageId: ID!\n    $limit: Int\n    $offset: Int\n    $search: String\n    $status: ResidentStatus\n    $subjectType: SubjectType\n    $gridId: ID\n    $householdId: ID\n  ) {\n    residents(\n      villageId: $villageId\n      limit: $limit\n      offset: $offset\n      search: $search\n      status: $status\n      subjectType: $subjectType\n      gridId: $gridId\n      householdId: $householdId\n    ) {\n      total\n      items {\n        ...ResidentListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentListOne($id: ID!) {\n    resident(id: $id) {\n      ...ResidentListFields\n    }\n  }\n"): (typeof documents)["\n  query ResidentListOne($id: ID!) {\n    resident(id: $id) {\n      ...ResidentListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentListCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentListCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentsDetailFields on Resident {\n    id\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    household {\n      id\n      code\n      headName\n    }\n    grid {\n      id\n      code\n      name\n      leaderName\n    }\n    subjectRoles {\n      id\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentsDetailFields on Resident {\n    id\n    name\n    gender\n    birthDate\n    idNumberMasked\n    phone\n    status\n    isActive\n    hasLogin\n    household {\n      id\n      code\n      headName\n    }\n    grid {\n      id\n      code\n      name\n      leaderName\n    }\n    subjectRoles {\n      id\n      subjectType\n      startDate\n      endDate\n      probationary\n      termEnd\n      representedHouseholdIds\n      endReason\n      isCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentsDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsCreate($input: CreateResidentInput!) {\n    createResident(input: $input) {\n      ...ResidentsDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentsDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ResidentsResident($id: ID!) {\n    resident(id: $id) {\n      ...ResidentsDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsResidents(\n    $villageId: ID!\n    $search: String\n    $subjectType: SubjectType\n    $status: ResidentStatus\n    $limit: Int\n  ) {\n    residents(\n      villageId: $villageId\n      search: $search\n      subjectType: $subjectType\n      status: $status\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        gender\n        birthDate\n        idNumberMasked\n        phone\n        status\n        isActive\n        hasLogin\n        household {\n          id\n          code\n          headName\n        }\n        grid {\n          id\n          code\n          name\n          leaderName\n        }\n        subjectRoles {\n          id\n          subjectType\n          startDate\n          endDate\n          probationary\n          termEnd\n          representedHouseholdIds\n          endReason\n          isCurrent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentsResidents(\n    $villageId: ID!\n    $search: String\n    $subjectType: SubjectType\n    $status: ResidentStatus\n    $limit: Int\n  ) {\n    residents(\n      villageId: $villageId\n      search: $search\n      subjectType: $subjectType\n      status: $status\n      limit: $limit\n    ) {\n      total\n      items {\n        id\n        name\n        gender\n        birthDate\n        idNumberMasked\n        phone\n        status\n        isActive\n        hasLogin\n        household {\n          id\n          code\n          headName\n        }\n        grid {\n          id\n          code\n          name\n          leaderName\n        }\n        subjectRoles {\n          id\n          subjectType\n          startDate\n          endDate\n          probationary\n          termEnd\n          representedHouseholdIds\n          endReason\n          isCurrent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsChangeStatus($input: ChangeResidentStatusInput!) {\n    changeResidentStatus(input: $input) {\n      id\n      status\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsChangeStatus($input: ChangeResidentStatusInput!) {\n    changeResidentStatus(input: $input) {\n      id\n      status\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      fromStatus\n      toStatus\n      reason\n      changedBy\n    }\n  }\n"): (typeof documents)["\n  query ResidentsHistory($id: ID!) {\n    residentStatusChanges(residentId: $id) {\n      fromStatus\n      toStatus\n      reason\n      changedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n      probationary\n      endDate\n      isCurrent\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsAddRole($input: AddSubjectRoleInput!) {\n    addSubjectRole(input: $input) {\n      id\n      subjectType\n      probationary\n      endDate\n      isCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n      endDate\n      endReason\n      isCurrent\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsEndRole($input: EndSubjectRoleInput!) {\n    endSubjectRole(input: $input) {\n      id\n      endDate\n      endReason\n      isCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsUpdate($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      id\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsUpdate($input: UpdateResidentInput!) {\n    updateResident(input: $input) {\n      id\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsGrids($villageId: ID!) {\n    grids(villageId: $villageId) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n"): (typeof documents)["\n  query ResidentsGrids($villageId: ID!) {\n    grids(villageId: $villageId) {\n      id\n      code\n      name\n      leaderName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        id\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentsHouseholds($villageId: ID!) {\n    households(villageId: $villageId, limit: 100) {\n      total\n      items {\n        id\n        code\n        headName\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentsCreateLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n      hasLogin\n    }\n  }\n"): (typeof documents)["\n  mutation ResidentsCreateLogin($input: CreateResidentLoginInput!) {\n    createResidentLogin(input: $input) {\n      id\n      hasLogin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsMyResident {\n    myResident {\n      id\n      name\n      idNumberMasked\n    }\n  }\n"): (typeof documents)["\n  query ResidentsMyResident {\n    myResident {\n      id\n      name\n      idNumberMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionChecksCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptionChecksCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionChecksAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n      meetingDate\n      representativesInOffice\n      representativesCountReason\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptionChecksAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n      meetingDate\n      representativesInOffice\n      representativesCountReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SanityFramework($id: ID!) {\n    framework(id: $id) {\n      items {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query SanityFramework($id: ID!) {\n    framework(id: $id) {\n      items {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityCopy($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      id\n      title\n      year\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SanityCopy($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      id\n      title\n      year\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      id\n      title\n      year\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SanityVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      id\n      title\n      year\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanitySettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      id\n      noticeDays\n      objectionAnswerWorkingDays\n    }\n  }\n"): (typeof documents)["\n  mutation SanitySettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      id\n      noticeDays\n      objectionAnswerWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityAdjust($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      id\n      adjustments {\n        itemCode\n        disabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SanityAdjust($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      id\n      adjustments {\n        itemCode\n        disabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityAddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SanityAddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SanityCreateList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityAddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      id\n      villageItems {\n        id\n        code\n        requiresApproval\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SanityAddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      id\n      villageItems {\n        id\n        code\n        requiresApproval\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityApprove($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SanityApprove($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SanityAdopt($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityCreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      id\n      title\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation SanityCreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      id\n      title\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityAddItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      id\n      items {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SanityAddItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      id\n      items {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityUpdateItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SanityUpdateItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      id\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SanityUpdateRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      id\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityPublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      id\n      status\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SanityPublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      id\n      status\n      rules {\n        townsMayDisableVetoItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityCreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SanityCreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SanityPublishManual($id: ID!) {\n    publishManual(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SanityPublishManual($id: ID!) {\n    publishManual(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActRuleEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        points\n      }\n      entries {\n        itemCode\n        points\n        expiresOn\n        ruleNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActRuleEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      tracks {\n        track\n        points\n      }\n      entries {\n        itemCode\n        points\n        expiresOn\n        ruleNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendInbox {\n    myNotifications {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AmendInbox {\n    myNotifications {\n      items {\n        kind\n        title\n        body\n        link {\n          entityType\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePendingItem($v: ID!) {\n    declarations(villageId: $v, status: PENDING, limit: 50) {\n      items {\n        itemCode\n        pointsAsked\n        item {\n          rule\n          pointLevels\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CataloguePendingItem($v: ID!) {\n    declarations(villageId: $v, status: PENDING, limit: 50) {\n      items {\n        itemCode\n        pointsAsked\n        item {\n          rule\n          pointLevels\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n      status\n      kind\n      points\n      periodId\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionPropose($input: ProposeLedgerCorrectionInput!) {\n    proposeLedgerCorrection(input: $input) {\n      id\n      status\n      kind\n      points\n      periodId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n      correctionEntryIds\n      retallyId\n      decidedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionConfirm($id: ID!) {\n    confirmLedgerCorrection(id: $id) {\n      id\n      status\n      correctionEntryIds\n      retallyId\n      decidedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionReject($id: ID!, $reason: String!) {\n    rejectLedgerCorrection(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      correctionEntryIds\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectionReject($id: ID!, $reason: String!) {\n    rejectLedgerCorrection(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      correctionEntryIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionList($v: ID!, $status: LedgerCorrectionStatus) {\n    ledgerCorrections(villageId: $v, status: $status) {\n      total\n      items {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectionList($v: ID!, $status: LedgerCorrectionStatus) {\n    ledgerCorrections(villageId: $v, status: $status) {\n      total\n      items {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationsList($villageId: ID!, $status: DeclarationStatus) {\n    declarations(villageId: $villageId, status: $status) {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeclarationsList($villageId: ID!, $status: DeclarationStatus) {\n    declarations(villageId: $villageId, status: $status) {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationsMine {\n    myDeclarations {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeclarationsMine {\n    myDeclarations {\n      total\n      items {\n        ...DeclarationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentScoreFields on ResidentScore {\n    residentId\n    residentName\n    villageId\n    year\n    quarter\n    periodLabel\n    from\n    to\n    quarterFrom\n    tracks {\n      track\n      baseScore\n      points\n      quarterPoints\n      score\n      entryCount\n    }\n    entries {\n      id\n      seq\n      kind\n      track\n      itemCode\n      itemName\n      itemPointsMin\n      itemPointsMax\n      points\n      actedOn\n      inQuarter\n      quantity\n      repeatMultiplier\n      expiresOn\n      reviewerName\n      declarantName\n      reason\n      reversesEntryId\n      reversed\n      declarationId\n      evidence {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentScoreFields on ResidentScore {\n    residentId\n    residentName\n    villageId\n    year\n    quarter\n    periodLabel\n    from\n    to\n    quarterFrom\n    tracks {\n      track\n      baseScore\n      points\n      quarterPoints\n      score\n      entryCount\n    }\n    entries {\n      id\n      seq\n      kind\n      track\n      itemCode\n      itemName\n      itemPointsMin\n      itemPointsMax\n      points\n      actedOn\n      inQuarter\n      quantity\n      repeatMultiplier\n      expiresOn\n      reviewerName\n      declarantName\n      reason\n      reversesEntryId\n      reversed\n      declarationId\n      evidence {\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainResidentScore($id: ID!, $year: Int, $quarter: Int) {\n    residentScore(residentId: $id, year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n"): (typeof documents)["\n  query ExplainResidentScore($id: ID!, $year: Int, $quarter: Int) {\n    residentScore(residentId: $id, year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainMyScore($year: Int, $quarter: Int) {\n    myScore(year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n"): (typeof documents)["\n  query ExplainMyScore($year: Int, $quarter: Int) {\n    myScore(year: $year, quarter: $quarter) {\n      ...ResidentScoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MilestoneEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query MilestoneEntries($id: ID!) {\n    residentScore(residentId: $id) {\n      entries {\n        itemCode\n        points\n        quantity\n        ruleNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsOpenYear($villageId: ID!, $year: Int!) {\n    openScoringYear(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n"): (typeof documents)["\n  mutation PeriodsOpenYear($villageId: ID!, $year: Int!) {\n    openScoringYear(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodsPeriodFor($villageId: ID!, $date: String!) {\n    scoringPeriodFor(villageId: $villageId, date: $date) {\n      month {\n        ...ScoringPeriodFields\n      }\n      quarter {\n        ...ScoringPeriodFields\n      }\n      year {\n        ...ScoringPeriodFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodsPeriodFor($villageId: ID!, $date: String!) {\n    scoringPeriodFor(villageId: $villageId, date: $date) {\n      month {\n        ...ScoringPeriodFields\n      }\n      quarter {\n        ...ScoringPeriodFields\n      }\n      year {\n        ...ScoringPeriodFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodsAdvance($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {\n    advanceScoringPeriod(id: $id, to: $to, reason: $reason) {\n      id\n      villageId\n      kind\n      year\n      number\n      startsOn\n      endsOn\n      status\n      history {\n        fromStatus\n        toStatus\n        reason\n        createdBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeriodsAdvance($id: ID!, $to: ScoringPeriodStatus!, $reason: String!) {\n    advanceScoringPeriod(id: $id, to: $to, reason: $reason) {\n      id\n      villageId\n      kind\n      year\n      number\n      startsOn\n      endsOn\n      status\n      history {\n        fromStatus\n        toStatus\n        reason\n        createdBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($v: ID!, $status: DeclarationStatus, $limit: Int) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        id\n        residentName\n        quantity\n        note\n        pointsAsked\n        item {\n          code\n          name\n          pointsMin\n          pointsMax\n          perUnitPoints\n          unitLabel\n        }\n        evidence {\n          id\n          fileName\n          contentType\n          sizeBytes\n          sha256\n        }\n        history {\n          kind\n          byUserId\n          byName\n          at\n          points\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($v: ID!, $status: DeclarationStatus, $limit: Int) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        id\n        residentName\n        quantity\n        note\n        pointsAsked\n        item {\n          code\n          name\n          pointsMin\n          pointsMax\n          perUnitPoints\n          unitLabel\n        }\n        evidence {\n          id\n          fileName\n          contentType\n          sizeBytes\n          sha256\n        }\n        history {\n          kind\n          byUserId\n          byName\n          at\n          points\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolelessTallyLines($id: ID!) {\n    scoreTally(id: $id) {\n      residentCount\n      lines {\n        residentName\n        subjectTypes\n        rankGroup\n        creditPoints\n        periodCreditPoints\n        roleDutyPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolelessTallyLines($id: ID!) {\n    scoreTally(id: $id) {\n      residentCount\n      lines {\n        residentName\n        subjectTypes\n        rankGroup\n        creditPoints\n        periodCreditPoints\n        roleDutyPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on UserAccount {\n    id\n    username\n    displayName\n    homeUnit {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    lastLoginAt\n    locked\n    disabled\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment AccountFields on UserAccount {\n    id\n    username\n    displayName\n    homeUnit {\n      id\n      name\n    }\n    roles {\n      id\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    lastLoginAt\n    locked\n    disabled\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      userId\n      role\n      orgUnit {\n        id\n        name\n      }\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      userId\n      role\n      orgUnit {\n        id\n        name\n      }\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      id\n      role\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      id\n      role\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($userId: ID!) {\n    disableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableAccount($userId: ID!) {\n    disableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($userId: ID!) {\n    enableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableAccount($userId: ID!) {\n    enableAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($userId: ID!) {\n    unlockAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($userId: ID!) {\n    unlockAccount(userId: $userId) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      account {\n        ...AccountFields\n      }\n      oneTimePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($unitId: ID!, $limit: Int!, $offset: Int) {\n    users(unitId: $unitId, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($unitId: ID!, $limit: Int!, $offset: Int) {\n    users(unitId: $unitId, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractFields on Contract {\n    id\n    year\n    colour\n    status\n    title\n    clauses\n    itemCodes\n    templateId\n    templateVersion\n    residentId\n    residentName\n    householdId\n    householdCode\n    signedOn\n    witnessName\n    witnessResidentId\n    signedBy\n    terminatedOn\n    terminationReason\n  }\n"): (typeof documents)["\n  fragment ContractFields on Contract {\n    id\n    year\n    colour\n    status\n    title\n    clauses\n    itemCodes\n    templateId\n    templateVersion\n    residentId\n    residentName\n    householdId\n    householdCode\n    signedOn\n    witnessName\n    witnessResidentId\n    signedBy\n    terminatedOn\n    terminationReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateContractDrafts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n      byColour {\n        colour\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateContractDrafts($input: GenerateContractDraftsInput!) {\n    generateContractDrafts(input: $input) {\n      created\n      byColour {\n        colour\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contracts($villageId: ID!, $year: Int, $colour: ContractColour, $status: ContractStatus) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        ...ContractFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contracts($villageId: ID!, $year: Int, $colour: ContractColour, $status: ContractStatus) {\n    contracts(villageId: $villageId, year: $year, colour: $colour, status: $status, limit: 100) {\n      total\n      items {\n        ...ContractFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractFields\n    }\n  }\n"): (typeof documents)["\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n        fromStatus\n        toStatus\n        effectiveOn\n        createdBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractHistory($id: ID!) {\n    contract(id: $id) {\n      history {\n        kind\n        fromStatus\n        toStatus\n        effectiveOn\n        createdBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      ...ContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignContract($input: SignContractInput!) {\n    signContract(input: $input) {\n      ...ContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      ...ContractFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      ...ContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractCoverage($villageId: ID!, $year: Int!) {\n    contractCoverage(villageId: $villageId, year: $year) {\n      colour\n      eligible\n      drafted\n      signed\n      terminated\n      coverageRate\n    }\n  }\n"): (typeof documents)["\n  query ContractCoverage($villageId: ID!, $year: Int!) {\n    contractCoverage(villageId: $villageId, year: $year) {\n      colour\n      eligible\n      drafted\n      signed\n      terminated\n      coverageRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerChainCheck($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n      firstBrokenSeq\n    }\n  }\n"): (typeof documents)["\n  query LedgerChainCheck($v: ID!) {\n    ledgerChainCheck(villageId: $v) {\n      ok\n      entries\n      firstBrokenSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      total\n      items {\n        itemName\n        points\n        actedOn\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerEntries($r: ID!, $from: String, $to: String) {\n    ledgerEntries(residentId: $r, from: $from, to: $to) {\n      total\n      items {\n        itemName\n        points\n        actedOn\n        kind\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment FrameworkFields on Framework {\n    id\n    year\n    version\n    status\n    title\n    maxAdjustmentPercent\n    rules {\n      creditBaseScore\n      roleDutyBaseScore\n      partyMemberRoleDutyWeight\n      partyMemberCreditWeight\n      excellentMin\n    }\n    items {\n      id\n      code\n      name\n      direction\n      pointsMin\n      pointsMax\n      perUnitPoints\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  fragment FrameworkFields on Framework {\n    id\n    year\n    version\n    status\n    title\n    maxAdjustmentPercent\n    rules {\n      creditBaseScore\n      roleDutyBaseScore\n      partyMemberRoleDutyWeight\n      partyMemberCreditWeight\n      excellentMin\n    }\n    items {\n      id\n      code\n      name\n      direction\n      pointsMin\n      pointsMax\n      perUnitPoints\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManualFields on TownManual {\n    id\n    version\n    status\n    frameworkId\n    townId\n    noticeDays\n    lateEntryDays\n    villageMaxItemPoints\n    adjustments {\n      itemCode\n      disabled\n      pointsMin\n      pointsMax\n    }\n    townItems {\n      id\n      code\n      name\n      pointsMax\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  fragment ManualFields on TownManual {\n    id\n    version\n    status\n    frameworkId\n    townId\n    noticeDays\n    lateEntryDays\n    villageMaxItemPoints\n    adjustments {\n      itemCode\n      disabled\n      pointsMin\n      pointsMax\n    }\n    townItems {\n      id\n      code\n      name\n      pointsMax\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListFields on ScoringList {\n    id\n    version\n    status\n    manualId\n    present\n    votesFor\n    villageItems {\n      id\n      code\n      pointsMax\n      requiresApproval\n      approvedAt\n      withdrawn\n    }\n    items {\n      code\n      source\n      pointsMin\n      pointsMax\n      direction\n    }\n  }\n"): (typeof documents)["\n  fragment ListFields on ScoringList {\n    id\n    version\n    status\n    manualId\n    present\n    votesFor\n    villageItems {\n      id\n      code\n      pointsMax\n      requiresApproval\n      approvedAt\n      withdrawn\n    }\n    items {\n      code\n      source\n      pointsMin\n      pointsMax\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFramework($input: CreateFrameworkInput!) {\n    createFramework(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvaluationItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvaluationItem($input: AddEvaluationItemInput!) {\n    addEvaluationItem(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvaluationItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvaluationItem($input: UpdateEvaluationItemInput!) {\n    updateEvaluationItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEvaluationItem($id: ID!) {\n    withdrawEvaluationItem(itemId: $id) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEvaluationItem($id: ID!) {\n    withdrawEvaluationItem(itemId: $id) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFrameworkRules($input: UpdateFrameworkRulesInput!) {\n    updateFrameworkRules(input: $input) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFrameworkVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFrameworkVersion($id: ID!) {\n    createFrameworkVersion(fromId: $id) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyFrameworkToYear($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyFrameworkToYear($id: ID!, $year: Int!) {\n    copyFrameworkToYear(id: $id, year: $year) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frameworks($year: Int) {\n    frameworks(year: $year) {\n      total\n      items {\n        ...FrameworkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Frameworks($year: Int) {\n    frameworks(year: $year) {\n      total\n      items {\n        ...FrameworkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Framework($id: ID!) {\n    framework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n"): (typeof documents)["\n  query Framework($id: ID!) {\n    framework(id: $id) {\n      ...FrameworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateManual($input: CreateManualInput!) {\n    createManual(input: $input) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetManualAdjustment($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetManualAdjustment($input: SetManualAdjustmentInput!) {\n    setManualAdjustment(input: $input) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTownItem($input: AddTownItemInput!) {\n    addTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTownItem($input: UpdateTownItemInput!) {\n    updateTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTownItem($input: UpdateTownItemInput!) {\n    updateTownItem(input: $input) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTownItem($id: ID!) {\n    withdrawTownItem(itemId: $id) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTownItem($id: ID!) {\n    withdrawTownItem(itemId: $id) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateManualSettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateManualSettings($input: UpdateManualSettingsInput!) {\n    updateManualSettings(input: $input) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishManual($id: ID!) {\n    publishManual(id: $id) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishManual($id: ID!) {\n    publishManual(id: $id) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateManualVersion($id: ID!) {\n    createManualVersion(fromId: $id) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateManualVersion($id: ID!) {\n    createManualVersion(fromId: $id) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Manuals($townId: ID!) {\n    manuals(townId: $townId) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  query Manuals($townId: ID!) {\n    manuals(townId: $townId) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentManual($townId: ID!, $year: Int) {\n    currentManual(townId: $townId, year: $year) {\n      ...ManualFields\n    }\n  }\n"): (typeof documents)["\n  query CurrentManual($townId: ID!, $year: Int) {\n    currentManual(townId: $townId, year: $year) {\n      ...ManualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScoringList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScoringList($villageId: ID!, $year: Int) {\n    createScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddVillageItem($input: AddVillageItemInput!) {\n    addVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVillageItem($input: UpdateVillageItemInput!) {\n    updateVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVillageItem($input: UpdateVillageItemInput!) {\n    updateVillageItem(input: $input) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVillageItem($id: ID!) {\n    withdrawVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawVillageItem($id: ID!) {\n    withdrawVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVillageItem($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveVillageItem($id: ID!) {\n    approveVillageItem(itemId: $id) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptScoringList($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptScoringList($input: AdoptScoringListInput!) {\n    adoptScoringList(input: $input) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageScoringList($villageId: ID!, $year: Int) {\n    villageScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n"): (typeof documents)["\n  query VillageScoringList($villageId: ID!, $year: Int) {\n    villageScoringList(villageId: $villageId, year: $year) {\n      ...ListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringLists($villageId: ID!) {\n    scoringLists(villageId: $villageId) {\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  query ScoringLists($villageId: ID!) {\n    scoringLists(villageId: $villageId) {\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarationFields on Declaration {\n    id\n    villageId\n    residentId\n    declaredBy\n    channel\n    itemCode\n    actedOn\n    quantity\n    note\n    status\n  }\n"): (typeof documents)["\n  fragment DeclarationFields on Declaration {\n    id\n    villageId\n    residentId\n    declaredBy\n    channel\n    itemCode\n    actedOn\n    quantity\n    note\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareAct($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareAct($input: DeclareActInput!) {\n    declareAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterActFull($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterActFull($input: RegisterActInput!) {\n    registerAct(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDeclarationFull($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewDeclarationFull($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoringPeriodFields on ScoringPeriod {\n    id\n    villageId\n    kind\n    year\n    number\n    startsOn\n    endsOn\n    status\n  }\n"): (typeof documents)["\n  fragment ScoringPeriodFields on ScoringPeriod {\n    id\n    villageId\n    kind\n    year\n    number\n    startsOn\n    endsOn\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPeriods($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n"): (typeof documents)["\n  query ScoringPeriods($villageId: ID!, $year: Int!) {\n    scoringPeriods(villageId: $villageId, year: $year) {\n      ...ScoringPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationsByStatus($v: ID!, $status: DeclarationStatus, $limit: Int! = 20) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        actedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeclarationsByStatus($v: ID!, $status: DeclarationStatus, $limit: Int! = 20) {\n    declarations(villageId: $v, status: $status, limit: $limit) {\n      total\n      items {\n        actedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgIsolationVillages($townId: ID) {\n    villages(townId: $townId, limit: 100) {\n      total\n      items {\n        id\n        name\n        townId\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgIsolationVillages($townId: ID) {\n    villages(townId: $townId, limit: 100) {\n      total\n      items {\n        id\n        name\n        townId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgIsolationOrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query OrgIsolationOrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgIsolationRename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgIsolationRename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgIsolationCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n      code\n      townId\n      districtId\n    }\n  }\n"): (typeof documents)["\n  mutation OrgIsolationCreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      id\n      name\n      code\n      townId\n      districtId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgIsolationTowns {\n    towns(limit: 100) {\n      items {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgIsolationTowns {\n    towns(limit: 100) {\n      items {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgIsolationDistricts {\n    districts {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrgIsolationDistricts {\n    districts {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgIsolationCreateTown($input: CreateTownInput!) {\n    createTown(input: $input) {\n      id\n      name\n      level\n      districtId\n    }\n  }\n"): (typeof documents)["\n  mutation OrgIsolationCreateTown($input: CreateTownInput!) {\n    createTown(input: $input) {\n      id\n      name\n      level\n      districtId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgIsolationAuditTotal {\n    auditLog {\n      total\n    }\n  }\n"): (typeof documents)["\n  query OrgIsolationAuditTotal {\n    auditLog {\n      total\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;