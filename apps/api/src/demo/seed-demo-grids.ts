import { DEMO_YEAR } from './demo-year';
import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { SubjectType } from '@village/platform-common';
import { villageTenant, type OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import { GridEntity, ResidentEntity, ResidentStatus, SubjectRoleEntity } from '@village/residents';
import {
  CaptainRotaEntity,
  compositionProblem,
  GovernanceRole,
  governanceProblems,
  GovernanceTeamEntity,
  GovernanceTeamMemberEntity,
  PostAssignmentEntity,
  PostEntity,
  ScoringTeamEntity,
  ScoringTeamMemberEntity,
  ScoringTeamMemberKind,
  type ProposedMember,
} from '@village/grids';

/** The six posts of each Dazetou grid (docs/domain.md §10.2), with their duties. */
export const DEMO_POSTS: { name: string; duties: string }[] = [
  { name: '环境卫生岗', duties: '督促网格内庭院、街巷整洁，组织卫生大扫除' },
  { name: '“和为贵”调解岗', duties: '排查化解邻里纠纷，及时上报矛盾隐患' },
  { name: '巾帼示范岗', duties: '带动妇女参与家风建设和志愿服务' },
  { name: '平安巡防岗', duties: '开展治安巡逻、防火防汛检查' },
  { name: '志愿服务岗', duties: '组织网格志愿服务活动，登记参与人次' },
  { name: '文明新风岗', duties: '宣传移风易俗，劝导红白事简办' },
];

const DEMO_START = `${DEMO_YEAR}-01-01`;

/**
 * Posts with holders in every grid, three scoring teams with a monthly captain rota, and the "1+4+N"
 * governance team, for a demo village whose grids and residents are already seeded. With no grids or
 * too few residents it does nothing; it never adds to a village that already has posts.
 */
export async function seedDemoGrids(tx: TenantTx, village: OrgUnitEntity | undefined): Promise<void> {
  if (!village) return;
  const grids = await tx.find(GridEntity, { where: { villageId: village.id }, order: { code: 'ASC' } });
  const residents = await tx.find(ResidentEntity, {
    where: { villageId: village.id, status: ResidentStatus.ACTIVE },
    order: { name: 'ASC', id: 'ASC' },
  });
  if (!grids.length || residents.length < 5) return;
  if (await tx.exists(PostEntity, { where: { villageId: village.id } })) return;

  const tenant = villageTenant(village);
  const roles = await tx.find(SubjectRoleEntity, {
    where: { residentId: In(residents.map((r) => r.id)), endDate: IsNull() },
  });
  const holding = (type: SubjectType) => {
    const ids = new Set(roles.filter((r) => r.subjectType === type).map((r) => r.residentId));
    return residents.filter((r) => ids.has(r.id));
  };
  const people = {
    all: residents,
    party: holding(SubjectType.PARTY_MEMBER),
    representatives: holding(SubjectType.REPRESENTATIVE),
    volunteers: holding(SubjectType.VOLUNTEER),
  };

  await seedPosts(tx, tenant, grids, residents);
  if (people.party.length) await seedScoringTeams(tx, tenant, people);
  await seedGovernanceTeam(tx, tenant, grids, people);
}

type Tenant = ReturnType<typeof villageTenant>;

async function seedPosts(tx: TenantTx, tenant: Tenant, grids: GridEntity[], residents: ResidentEntity[]) {
  for (const [g, grid] of grids.entries()) {
    const local = residents.filter((r) => r.gridId === grid.id);
    const pool = local.length ? local : residents;
    for (const [i, demo] of DEMO_POSTS.entries()) {
      const postId = randomUUID();
      await tx.insert(PostEntity, {
        id: postId,
        ...tenant,
        gridId: grid.id,
        ...demo,
        itemCodes: [],
        createdBy: null,
      });
      await tx.insert(PostAssignmentEntity, {
        id: randomUUID(),
        ...tenant,
        postId,
        residentId: pool[(i + g) % pool.length].id,
        startDate: DEMO_START,
        endDate: null,
        endReason: null,
        createdBy: null,
        endedBy: null,
      });
    }
  }
}

async function seedScoringTeams(
  tx: TenantTx,
  tenant: Tenant,
  people: { all: ResidentEntity[]; party: ResidentEntity[]; representatives: ResidentEntity[] },
) {
  for (let number = 1; number <= 3; number++) {
    const pioneer = people.party[(number - 1) % people.party.length];
    const used = new Set([pioneer.id]);
    const pick = (preferred: ResidentEntity[], offset: number) => {
      const pool = [...rotate(preferred, offset), ...rotate(people.all, offset * 3)];
      const found = pool.find((r) => !used.has(r.id));
      if (found) used.add(found.id);
      return found;
    };
    const cadre = pick(people.party, number);
    const masses = pick(people.representatives, number - 1);
    if (!cadre || !masses) return;
    const members: ProposedMember[] = [
      { residentId: pioneer.id, kind: ScoringTeamMemberKind.PARTY_PIONEER },
      { residentId: cadre.id, kind: ScoringTeamMemberKind.VILLAGE_CADRE },
      { residentId: masses.id, kind: ScoringTeamMemberKind.MASSES_REPRESENTATIVE },
    ];
    const problem = compositionProblem(members);
    if (problem) throw new Error(`demo scoring team ${number}: ${problem}`);
    const teamId = randomUUID();
    await tx.insert(ScoringTeamEntity, {
      id: teamId,
      ...tenant,
      number,
      name: `第${'一二三'[number - 1]}评分队`,
      createdBy: null,
    });
    await tx.insert(
      ScoringTeamMemberEntity,
      members.map((m) => ({
        id: randomUUID(),
        ...tenant,
        teamId,
        ...m,
        startDate: DEMO_START,
        endDate: null,
        createdBy: null,
      })),
    );
    await tx.insert(CaptainRotaEntity, {
      id: randomUUID(),
      ...tenant,
      teamId,
      version: 1,
      startsOn: DEMO_START,
      periodDays: 30,
      residentIds: members.map((m) => m.residentId),
      createdBy: null,
    });
  }
}

async function seedGovernanceTeam(
  tx: TenantTx,
  tenant: Tenant,
  grids: GridEntity[],
  people: {
    all: ResidentEntity[];
    party: ResidentEntity[];
    representatives: ResidentEntity[];
    volunteers: ResidentEntity[];
  },
) {
  const used = new Set<string>();
  const pick = (...preferred: (ResidentEntity | undefined)[]) => {
    const found = [...preferred, ...people.all].find((r): r is ResidentEntity => !!r && !used.has(r.id));
    if (found) used.add(found.id);
    return found;
  };
  const gridLeader = (grid: GridEntity) => people.all.find((r) => r.id === grid.leaderResidentId);
  const leader = pick(...people.party);
  const deputyPlaces: [string, ResidentEntity | undefined][] = [
    ['党小组长', pick(...people.party)],
    ['村民代表组长', pick(...people.representatives)],
    ['网格长', pick(gridLeader(grids[0]))],
    ['志愿者队长', pick(...people.volunteers)],
  ];
  const workers = grids
    .slice(1)
    .map((grid) => gridLeader(grid))
    .filter((r): r is ResidentEntity => !!r && !used.has(r.id));
  const deputies = deputyPlaces.flatMap(([dutyTitle, r]) => (r ? [{ residentId: r.id, dutyTitle }] : []));
  if (!leader) return;
  const proposal = {
    leaderId: leader.id,
    deputies,
    workers: workers.map((r, i) => ({ residentId: r.id, fullTime: i === 0 })),
  };
  if (governanceProblems(proposal).length) return;

  const teamId = randomUUID();
  await tx.insert(GovernanceTeamEntity, {
    id: teamId,
    ...tenant,
    version: 1,
    effectiveFrom: DEMO_START,
    createdBy: null,
  });
  const member = (
    residentId: string,
    role: GovernanceRole,
    dutyTitle: string,
    position: number,
    fullTime: boolean | null,
  ) => ({
    id: randomUUID(),
    ...tenant,
    teamId,
    residentId,
    role,
    dutyTitle,
    position,
    fullTime,
  });
  await tx.insert(GovernanceTeamMemberEntity, [
    member(leader.id, GovernanceRole.LEADER, '党支部书记', 0, null),
    ...deputies.map((d, i) => member(d.residentId, GovernanceRole.DEPUTY, d.dutyTitle, i, null)),
    ...proposal.workers.map((w, i) =>
      member(
        w.residentId,
        GovernanceRole.GRID_WORKER,
        w.fullTime ? '专职网格员' : '兼职网格员',
        i,
        w.fullTime,
      ),
    ),
  ]);
}

function rotate<T>(items: T[], by: number): T[] {
  if (!items.length) return items;
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
