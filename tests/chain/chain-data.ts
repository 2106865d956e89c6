import { todayInChina } from '@village/platform-common';
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '@village/residents';
import { LIST_FIELDS, MANUAL_FIELDS } from '../rulebook/rulebook-support';

/** The chain sets up next year, so the test holds whatever year it runs in. */
export const YEAR = Number(todayInChina().slice(0, 4)) + 1;

/** A valid 居民身份证号 (GB 11643 check digit) for a birth date; `order` odd for men, even for women. */
export function idNumberFor(birthDate: string, order: number): string {
  const first17 = `371081${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

export const HEADERS = [
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '联系电话',
  '户号',
  '是否户主',
  '网格',
  '身份',
];

export interface PersonRow {
  name: string;
  gender: '男' | '女';
  birthDate: string;
  order: number;
  household: string;
  head: boolean;
  grid: string;
  roles: string;
}

/** 大泽头村's people for next year: four households in two grids and one resident without a household. */
export const PEOPLE: PersonRow[] = [
  {
    name: '张红军',
    gender: '男',
    birthDate: '1970-03-15',
    order: 11,
    household: 'H27-01',
    head: true,
    grid: 'G1',
    roles: '党员、村民代表',
  },
  {
    name: '李桂香',
    gender: '女',
    birthDate: '1972-05-20',
    order: 12,
    household: 'H27-01',
    head: false,
    grid: 'G1',
    roles: '志愿者',
  },
  {
    name: '王德福',
    gender: '男',
    birthDate: '1948-09-09',
    order: 13,
    household: 'H27-02',
    head: true,
    grid: 'G1',
    roles: '五老，党员',
  },
  {
    name: '王小丽',
    gender: '女',
    birthDate: '1995-01-01',
    order: 14,
    household: 'H27-02',
    head: false,
    grid: 'G1',
    roles: '',
  },
  {
    name: '赵建国',
    gender: '男',
    birthDate: '1965-07-07',
    order: 15,
    household: 'H27-03',
    head: true,
    grid: 'G2',
    roles: '村民代表',
  },
  {
    name: '赵秀英',
    gender: '女',
    birthDate: '1967-08-08',
    order: 16,
    household: 'H27-03',
    head: false,
    grid: 'G2',
    roles: '预备党员、志愿者',
  },
  {
    name: '孙立民',
    gender: '男',
    birthDate: '1980-10-10',
    order: 17,
    household: 'H27-04',
    head: true,
    grid: 'G2',
    roles: '村民代表、志愿者',
  },
  {
    name: '孙海燕',
    gender: '女',
    birthDate: '1982-12-12',
    order: 18,
    household: 'H27-04',
    head: false,
    grid: 'G2',
    roles: '党员',
  },
  {
    name: '周长发',
    gender: '男',
    birthDate: '1950-02-02',
    order: 19,
    household: '',
    head: false,
    grid: 'G2',
    roles: '五老',
  },
  {
    name: '吴明',
    gender: '男',
    birthDate: '1990-06-06',
    order: 21,
    household: 'H27-04',
    head: false,
    grid: 'G1',
    roles: '村民',
  },
];

const words = (p: PersonRow) => p.roles.split(/[,，、]/).filter(Boolean);

/** What the file implies per contract colour: people by role (预备党员 are party members), households by 户号. */
export function expectedColours(people: PersonRow[]): Record<string, number> {
  const having = (...role: string[]) => people.filter((p) => words(p).some((w) => role.includes(w))).length;
  return {
    RED: having('党员', '预备党员'),
    YELLOW: having('村民代表'),
    BLUE: new Set(people.map((p) => p.household).filter(Boolean)).size,
    GREEN: having('志愿者'),
    SILVER: having('五老'),
  };
}

/** A real XLSX workbook (sheet 村民) with the import headers and one row per person, base64. */
export async function xlsxBase64(
  people: PersonRow[],
  idNumber = (p: PersonRow) => idNumberFor(p.birthDate, p.order),
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('村民');
  ws.addRow(HEADERS);
  for (const p of people) {
    ws.addRow([
      p.name,
      p.gender,
      p.birthDate,
      idNumber(p),
      '',
      p.household,
      p.head ? '是' : '否',
      p.grid,
      p.roles,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export const Q = {
  frameworks: `query($year: Int) { frameworks(year: $year) { total items { id year version status title items { id code pointsMin pointsMax withdrawn } } } }`,
  copy: `mutation($id: ID!, $year: Int!) { copyFrameworkToYear(id: $id, year: $year) { id year version status title items { id code name direction pointsMin pointsMax } } }`,
  rules: `mutation($input: UpdateFrameworkRulesInput!) { updateFrameworkRules(input: $input) { id title } }`,
  publishFramework: `mutation($id: ID!) { publishFramework(id: $id) { id status } }`,
  updateItem: `mutation($input: UpdateEvaluationItemInput!) { updateEvaluationItem(input: $input) { id } }`,
  createManual: `mutation($input: CreateManualInput!) { createManual(input: $input) { ${MANUAL_FIELDS} } }`,
  adjust: `mutation($input: SetManualAdjustmentInput!) { setManualAdjustment(input: $input) { ${MANUAL_FIELDS} } }`,
  publishManual: `mutation($id: ID!) { publishManual(id: $id) { ${MANUAL_FIELDS} } }`,
  currentManual: `query($townId: ID!) { currentManual(townId: $townId, year: ${YEAR}) { ${MANUAL_FIELDS} } }`,
  createList: `mutation($villageId: ID!) { createScoringList(villageId: $villageId, year: ${YEAR}) { ${LIST_FIELDS} } }`,
  addVillageItem: `mutation($input: AddVillageItemInput!) { addVillageItem(input: $input) { ${LIST_FIELDS} } }`,
  approve: `mutation($id: ID!) { approveVillageItem(itemId: $id) { ${LIST_FIELDS} } }`,
  adopt: `mutation($input: AdoptScoringListInput!) { adoptScoringList(input: $input) { ${LIST_FIELDS} } }`,
  effective: `query($villageId: ID!) { villageScoringList(villageId: $villageId, year: ${YEAR}) { ${LIST_FIELDS} } }`,
  effectiveOf: `query($villageId: ID!, $year: Int) { villageScoringList(villageId: $villageId, year: $year) { version manualId } }`,
  lists: `query($villageId: ID!) { scoringLists(villageId: $villageId) { id version status } }`,
  createGrid: `mutation($input: CreateGridInput!) { createGrid(input: $input) { id code name } }`,
  import: `mutation($input: ImportResidentsInput!) {
    importResidents(input: $input) { imported householdsCreated dryRun rows { row ok errors } } }`,
  residents: `query($villageId: ID!, $subjectType: SubjectType, $search: String) {
    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {
      total items { id name grid { code } household { code } subjectRoles { subjectType probationary } } } }`,
  households: `query($villageId: ID!) { households(villageId: $villageId, limit: 100) { total items { code headName memberCount } } }`,
  generate: `mutation($input: GenerateContractDraftsInput!) {
    generateContractDrafts(input: $input) { created byColour { colour count } } }`,
  contracts: `query($villageId: ID!, $colour: ContractColour) {
    contracts(villageId: $villageId, year: ${YEAR}, colour: $colour, limit: 100) {
      total items { id colour status residentName householdCode } } }`,
  sign: `mutation($input: SignContractInput!) { signContract(input: $input) { id status } }`,
  terminate: `mutation($input: TerminateContractInput!) { terminateContract(input: $input) { id status } }`,
  coverage: `query($villageId: ID!) {
    contractCoverage(villageId: $villageId, year: ${YEAR}) { colour eligible drafted signed terminated coverageRate } }`,
  createPost: `mutation($input: CreatePostInput!) { createPost(input: $input) { id name gridId } }`,
  assign: `mutation($input: AssignPostHolderInput!) { assignPostHolder(input: $input) { id resident { id name } } }`,
  posts: `query($villageId: ID!) { posts(villageId: $villageId) { total items { id name } } }`,
  terms: `query($id: ID!) { postAssignments(id: $id) { startDate endDate resident { name } } }`,
  setTeam: `mutation($input: SetScoringTeamInput!) { setScoringTeam(input: $input) { id number members { kind resident { id } } } }`,
  teams: `query($villageId: ID!) { scoringTeams(villageId: $villageId) { number members { kind resident { name } } } }`,
  setRota: `mutation($input: SetCaptainRotaInput!) { setCaptainRota(input: $input) { version } }`,
  captainOn: `query($villageId: ID!, $teamNumber: Int!, $date: String!) {
    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) { captain { id name } index } }`,
  setGovernance: `mutation($input: SetGovernanceTeamInput!) { setGovernanceTeam(input: $input) { version } }`,
  governance: `query($villageId: ID!) { governanceTeam(villageId: $villageId) {
    version effectiveFrom leader { dutyTitle resident { name } } deputies { dutyTitle resident { name } }
    workers { fullTime resident { name } } } }`,
};
