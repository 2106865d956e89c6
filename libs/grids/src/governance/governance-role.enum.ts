import { registerLabelledEnum } from '@village/platform-common';

/** The places in a "1+4+N" governance team: 1 leader, 4 deputies, N grid workers. */
export enum GovernanceRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
  GRID_WORKER = 'GRID_WORKER',
}

export const GOVERNANCE_ROLE_LABELS: Record<GovernanceRole, string> = {
  [GovernanceRole.LEADER]: '带头人（1）',
  [GovernanceRole.DEPUTY]: '副手（4）',
  [GovernanceRole.GRID_WORKER]: '网格员（N）',
};

registerLabelledEnum(GovernanceRole, 'GovernanceRole', '“1+4+N”治理队伍中的位置', GOVERNANCE_ROLE_LABELS);
