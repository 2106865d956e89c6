import { idNumberFor } from '../residents/id-numbers';
import type { GqlResponse, TestApp } from '../support/test-app';

/** GraphQL used by the scoring-cycle suites. */
export const Q = {
  open: `mutation($v: ID!, $y: Int!) { openScoringYear(villageId: $v, year: $y) { id kind number status } }`,
  register: `mutation($input: RegisterActInput!) { registerAct(input: $input) { id status } }`,
  declare: `mutation($input: DeclareActInput!) { declareAct(input: $input) { id status } }`,
  review: `mutation($input: ReviewDeclarationInput!) { reviewDeclaration(input: $input) { id status } }`,
  tally: `mutation($p: ID!, $r: String) { tallyPeriod(periodId: $p, reason: $r) {
    id version residentCount contentHash ledgerSeq ledgerAnchorHash
    lines { id residentId residentName subjectTypes probationary creditPoints creditScore periodCreditPoints
            roleDutyPoints roleDutyScore rankGroup rank vetoed
            evaluation { stars starsNote
              partyMember { roleDutyScore composite grade note peerAverage massAverage }
              representative { roleDutyScore composite grade note peerAverage massAverage } } } } }`,
  publish: `mutation($p: ID!) { publishTally(periodId: $p) { id startsOn endsOn open periodLabel
    tally { id version } } }`,
  finalize: `mutation($p: ID!) { finalizePeriod(periodId: $p) { id status } }`,
  notice: `query($p: ID!) { publicNotice(periodId: $p) { id startsOn endsOn open openObjections
    tally { id version lines { id residentId residentName creditScore roleDutyScore rankGroup rank
      evaluation { stars partyMember { grade composite note } representative { grade composite note } } } } } }`,
  versions: `query($p: ID!) { scoreTallies(periodId: $p) { id version reason contentHash } }`,
  verify: `query($id: ID!) { verifyScoreTally(tallyId: $id) { valid contentHashMatches anchorMatches chainValid
    sumsMatch problems } }`,
  raise: `mutation($input: RaiseObjectionInput!) { raiseObjection(input: $input) { id status raisedOn
    answerDueOn overdue } }`,
  answer: `mutation($input: AnswerObjectionInput!) { answerObjection(input: $input) { id status answer
    answeredOn answeredLate correctionEntryIds retallyId } }`,
  objections: `query($p: ID!) { objections(periodId: $p) { total items { id status overdue answerDueOn } } }`,
  inbox: `query { myNotifications(limit: 100) { total items { kind title body } } }`,
};

export interface Period {
  id: string;
  kind: string;
  number: number;
  status: string;
}

export type DemoPerson = {
  id: string;
  name: string;
  types: string[];
  probationary: boolean;
  userId: string | null;
};

/** 大泽头村's active residents with the roles they hold now (the demo's roles run all year). */
export async function demoPeople(t: TestApp, villageId: string): Promise<DemoPerson[]> {
  return t.db.adminQuery<DemoPerson>(
    `SELECT r.id, r.name, r.user_id AS "userId",
            array_agg(DISTINCT sr.subject_type ORDER BY sr.subject_type) AS types,
            bool_or(sr.probationary) AS probationary
       FROM resident r JOIN subject_role sr ON sr.resident_id = r.id AND sr.end_date IS NULL
      WHERE r.village_id = $1 AND r.status = 'ACTIVE'
      GROUP BY r.id ORDER BY r.name`,
    [villageId],
  );
}

export function expectOk<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors, null, 2));
  return res.data as T;
}

/** A cadre registers an act and the credit council approves it: one ledger entry. Returns its id. */
export async function scoreAct(
  t: TestApp,
  tokens: { registrar: string; reviewer: string },
  act: {
    residentId: string;
    itemCode: string;
    actedOn: string;
    points?: number;
    quantity?: number;
    key: string;
  },
): Promise<string> {
  const registered = expectOk(
    await t.gql<{ registerAct: { id: string } }>(
      Q.register,
      {
        input: {
          residentId: act.residentId,
          itemCode: act.itemCode,
          actedOn: act.actedOn,
          quantity: act.quantity,
          note: '测试登记',
          idempotencyKey: act.key,
        },
      },
      tokens.registrar,
    ),
  ).registerAct;
  expectOk(
    await t.gql(
      Q.review,
      { input: { declarationId: registered.id, decision: 'APPROVE', points: act.points } },
      tokens.reviewer,
    ),
  );
  const [entry] = await t.db.adminQuery<{ id: string }>(
    'SELECT id FROM ledger_entry WHERE declaration_id = $1',
    [registered.id],
  );
  return entry.id;
}

/** A resident of 侯家庵村 with a login, for the "cannot object in another village" checks. */
export async function otherVillageResident(
  t: TestApp,
  villageId: string,
  adminToken: string,
): Promise<string> {
  const created = expectOk(
    await t.gql<{ createResident: { id: string } }>(
      `mutation($input: CreateResidentInput!) { createResident(input: $input) { id } }`,
      {
        input: {
          villageId,
          name: '侯家庵村民',
          gender: 'MALE',
          birthDate: '1975-05-05',
          idNumber: idNumberFor('1975-05-05', 731),
          phone: '13900000731',
        },
      },
      adminToken,
    ),
  ).createResident;
  expectOk(
    await t.gql(
      `mutation($input: CreateResidentLoginInput!) { createResidentLogin(input: $input) { id } }`,
      { input: { residentId: created.id, username: 'hja-villager', password: 'hja-password-1' } },
      adminToken,
    ),
  );
  return t.login('hja-villager', 'hja-password-1');
}
