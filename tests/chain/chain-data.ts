import { todayInChina } from '@village/platform-common';
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '@village/residents';
import {
  ADD_VILLAGE_ITEM,
  ADOPT_SCORING_LIST,
  APPROVE_VILLAGE_ITEM,
  COPY_FRAMEWORK,
  CREATE_MANUAL,
  CREATE_SCORING_LIST,
  CURRENT_MANUAL,
  FRAMEWORKS,
  PUBLISH_FRAMEWORK,
  PUBLISH_MANUAL,
  SCORING_LISTS,
  SET_MANUAL_ADJUSTMENT,
  UPDATE_EVALUATION_ITEM,
  UPDATE_FRAMEWORK_RULES,
  VILLAGE_SCORING_LIST,
} from '../support/documents/rulebook';
import {
  CONTRACT_COVERAGE,
  CONTRACTS,
  GENERATE_CONTRACT_DRAFTS,
  SIGN_CONTRACT,
  TERMINATE_CONTRACT,
} from '../support/documents/contracts';
import { CREATE_GRID } from '../support/documents/residents';
import { graphql } from '../support/generated';

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

const CHAIN_IMPORT = graphql(`
  mutation ChainImport($input: ImportResidentsInput!) {
    importResidents(input: $input) {
      imported
      householdsCreated
      dryRun
      rows {
        row
        ok
        errors
      }
    }
  }
`);

const CHAIN_RESIDENTS = graphql(`
  query ChainResidents($villageId: ID!, $subjectType: SubjectType, $search: String) {
    residents(villageId: $villageId, subjectType: $subjectType, search: $search, limit: 100) {
      total
      items {
        id
        name
        grid {
          code
        }
        household {
          code
        }
        subjectRoles {
          subjectType
          probationary
        }
      }
    }
  }
`);

const CHAIN_RESIDENT = graphql(`
  query ChainResident($id: ID!) {
    resident(id: $id) {
      id
    }
  }
`);

const CHAIN_HOUSEHOLDS = graphql(`
  query ChainHouseholds($villageId: ID!) {
    households(villageId: $villageId, limit: 100) {
      total
      items {
        code
        headName
        memberCount
      }
    }
  }
`);

const CHAIN_CREATE_POST = graphql(`
  mutation ChainCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      name
      gridId
    }
  }
`);

const CHAIN_ASSIGN = graphql(`
  mutation ChainAssign($input: AssignPostHolderInput!) {
    assignPostHolder(input: $input) {
      id
      resident {
        id
        name
      }
    }
  }
`);

const CHAIN_POSTS = graphql(`
  query ChainPosts($villageId: ID!) {
    posts(villageId: $villageId) {
      total
      items {
        id
        name
      }
    }
  }
`);

const CHAIN_TERMS = graphql(`
  query ChainTerms($id: ID!) {
    postAssignments(id: $id) {
      startDate
      endDate
      resident {
        name
      }
    }
  }
`);

const CHAIN_SET_TEAM = graphql(`
  mutation ChainSetTeam($input: SetScoringTeamInput!) {
    setScoringTeam(input: $input) {
      id
      number
      members {
        kind
        resident {
          id
        }
      }
    }
  }
`);

const CHAIN_TEAMS = graphql(`
  query ChainTeams($villageId: ID!) {
    scoringTeams(villageId: $villageId) {
      number
      members {
        kind
        resident {
          name
        }
      }
    }
  }
`);

const CHAIN_SET_ROTA = graphql(`
  mutation ChainSetRota($input: SetCaptainRotaInput!) {
    setCaptainRota(input: $input) {
      version
    }
  }
`);

const CHAIN_CAPTAIN_ON = graphql(`
  query ChainCaptainOn($villageId: ID!, $teamNumber: Int!, $date: String!) {
    captainOn(villageId: $villageId, teamNumber: $teamNumber, date: $date) {
      captain {
        id
        name
      }
      index
    }
  }
`);

const CHAIN_SET_GOVERNANCE = graphql(`
  mutation ChainSetGovernance($input: SetGovernanceTeamInput!) {
    setGovernanceTeam(input: $input) {
      version
    }
  }
`);

const CHAIN_GOVERNANCE = graphql(`
  query ChainGovernance($villageId: ID!) {
    governanceTeam(villageId: $villageId) {
      version
      effectiveFrom
      leader {
        dutyTitle
        resident {
          name
        }
      }
      deputies {
        dutyTitle
        resident {
          name
        }
      }
      workers {
        fullTime
        resident {
          name
        }
      }
    }
  }
`);

/** The chain's documents: the rulebook's shared ones, and those only the chain sends. */
export const Q = {
  frameworks: FRAMEWORKS,
  copy: COPY_FRAMEWORK,
  rules: UPDATE_FRAMEWORK_RULES,
  publishFramework: PUBLISH_FRAMEWORK,
  updateItem: UPDATE_EVALUATION_ITEM,
  createManual: CREATE_MANUAL,
  adjust: SET_MANUAL_ADJUSTMENT,
  publishManual: PUBLISH_MANUAL,
  currentManual: CURRENT_MANUAL,
  createList: CREATE_SCORING_LIST,
  addVillageItem: ADD_VILLAGE_ITEM,
  approve: APPROVE_VILLAGE_ITEM,
  adopt: ADOPT_SCORING_LIST,
  effective: VILLAGE_SCORING_LIST,
  lists: SCORING_LISTS,
  createGrid: CREATE_GRID,
  import: CHAIN_IMPORT,
  residents: CHAIN_RESIDENTS,
  resident: CHAIN_RESIDENT,
  households: CHAIN_HOUSEHOLDS,
  generate: GENERATE_CONTRACT_DRAFTS,
  contracts: CONTRACTS,
  sign: SIGN_CONTRACT,
  terminate: TERMINATE_CONTRACT,
  coverage: CONTRACT_COVERAGE,
  createPost: CHAIN_CREATE_POST,
  assign: CHAIN_ASSIGN,
  posts: CHAIN_POSTS,
  terms: CHAIN_TERMS,
  setTeam: CHAIN_SET_TEAM,
  teams: CHAIN_TEAMS,
  setRota: CHAIN_SET_ROTA,
  captainOn: CHAIN_CAPTAIN_ON,
  setGovernance: CHAIN_SET_GOVERNANCE,
  governance: CHAIN_GOVERNANCE,
};
