import type { Client } from 'pg';

/**
 * Ids of real rows in the demo village 大泽头村 (and its town and district), by argument name, so a
 * hostile value in one argument travels with real values in the others and reaches the deep code
 * paths (writes, checks against rules) instead of stopping at "not found".
 */
/**
 * The account that account administration (disable, reset, grant, revoke, …) is fuzzed on: one made for
 * the run, never a caller, whose session the fuzz needs for every operation after those.
 */
export const FUZZ_TARGET_USERNAME = 'fuzz-target-account';

const BY_TABLE: Record<string, string> = {
  account: `SELECT id FROM app_user WHERE username = '${FUZZ_TARGET_USERNAME}'`,
  roleAssignment: `SELECT a.id FROM role_assignment a JOIN app_user u ON u.id = a.user_id
                    WHERE u.username = '${FUZZ_TARGET_USERNAME}' ORDER BY a.id`,
  village: `SELECT id FROM org_unit WHERE name = '大泽头村'`,
  town: `SELECT id FROM org_unit WHERE name = '宋村镇'`,
  district: `SELECT id FROM org_unit WHERE name = '文登区'`,
  resident: `SELECT r.id FROM resident r JOIN org_unit v ON v.id = r.village_id AND v.name = '大泽头村' ORDER BY r.id`,
  household: villageRow('household'),
  grid: villageRow('grid'),
  period: villageRow('scoring_period'),
  tally: villageRow('score_tally'),
  tallyLine: villageRow('score_tally_line'),
  villageItem: villageRow('village_item'),
  townItem: `SELECT id FROM town_item ORDER BY id`,
  evaluationItem: `SELECT id FROM evaluation_item ORDER BY id`,
  framework: `SELECT id FROM framework ORDER BY id`,
  manual: `SELECT id FROM town_manual ORDER BY id`,
  list: villageRow('scoring_list'),
  template: `SELECT id FROM contract_template ORDER BY id`,
  contract: villageRow('contract'),
  post: villageRow('post'),
  assignment: villageRow('post_assignment'),
  declaration: villageRow('declaration'),
  objection: villageRow('objection'),
  sample: villageRow('appraisal_sample_review'),
  role: villageRow('subject_role'),
  team: villageRow('scoring_team'),
  user: `SELECT id FROM app_user ORDER BY username`,
  ledgerEntry: villageRow('ledger_entry'),
  notification: `SELECT id FROM notification ORDER BY id`,
};

function villageRow(table: string): string {
  return `SELECT t.id FROM ${table} t JOIN org_unit v ON v.id = t.village_id AND v.name = '大泽头村' ORDER BY t.id`;
}

/** Which table an argument named so refers to; `id` is decided by the operation's name. */
function tableFor(argName: string, operation: string): string | null {
  const name = argName.replace(/Ids?$/, '');
  if (ACCOUNT_OPERATIONS.test(operation)) {
    if (argName === 'userId') return 'account';
    if (argName === 'assignmentId') return 'roleAssignment';
  }
  if (/resident$/i.test(name)) return 'resident';
  if (/household/i.test(name)) return 'household';
  if (
    [
      'village',
      'town',
      'district',
      'grid',
      'period',
      'tally',
      'tallyLine',
      'framework',
      'manual',
      'list',
    ].includes(name)
  )
    return name;
  if (/tally$/i.test(name)) return 'tally';
  if (/template$/i.test(name)) return 'template';
  if (['unit', 'orgUnit', 'parent'].includes(name)) return 'village';
  if (/entry$/i.test(name)) return 'ledgerEntry';
  if (['item', 'sourceItem'].includes(name)) return itemTableFor(operation);
  if (
    ['post', 'assignment', 'declaration', 'objection', 'sample', 'role', 'team', 'user', 'contract'].includes(
      name,
    )
  )
    return name;
  if (['createdBy', 'signedBy', 'reviewedBy', 'declaredBy', 'leader'].includes(argName)) return 'user';
  if (argName === 'ids') return 'notification';
  if (argName === 'id' || argName === 'from') return idTableFor(operation);
  return null;
}

/** The operations of account administration (libs/platform/auth/src/accounts). */
const ACCOUNT_OPERATIONS =
  /^(grantRole|revokeRole|disableAccount|enableAccount|unlockAccount|resetPassword)$/;

function itemTableFor(operation: string): string {
  if (/Town/.test(operation)) return 'townItem';
  if (/Evaluation/.test(operation)) return 'evaluationItem';
  return 'villageItem';
}

function idTableFor(operation: string): string | null {
  const rules: [RegExp, string][] = [
    [/TownItem/, 'townItem'],
    [/EvaluationItem/, 'evaluationItem'],
    [/VillageItem/, 'villageItem'],
    [/Framework/i, 'framework'],
    [/Manual/i, 'manual'],
    [/ContractTemplate/i, 'template'],
    [/Contract/i, 'contract'],
    [/Resident/i, 'resident'],
    [/OrgUnit|orgUnit/, 'village'],
    [/Tally|tally/, 'tally'],
    [/Period|period/, 'period'],
    [/Post|post/, 'post'],
    [/Sample|sample/, 'sample'],
    [/Declaration|declaration/, 'declaration'],
  ];
  return rules.find(([pattern]) => pattern.test(operation))?.[1] ?? null;
}

/** Text arguments that must name something real (an item of the village's list) to get anywhere. */
const ITEM_CODE = `SELECT i.code AS id FROM scoring_list_item i JOIN org_unit v ON v.id = i.village_id AND v.name = '大泽头村'
                    WHERE i.direction = 'POSITIVE' ORDER BY i.code`;

export class RealIds {
  private constructor(private readonly ids: Record<string, string[]>) {}

  /** A real value for a text argument, when one is needed (item codes), else null. */
  textFor(argName: string): string | null {
    return /itemCode$/i.test(argName) ? (this.ids.itemCode?.[0] ?? null) : null;
  }

  static async load(client: Client): Promise<RealIds> {
    const ids: Record<string, string[]> = {};
    for (const [key, sql] of Object.entries(BY_TABLE)) {
      ids[key] = (await client.query<{ id: string }>(`${sql} LIMIT 3`)).rows.map((r) => r.id);
    }
    ids.itemCode = (await client.query<{ id: string }>(`${ITEM_CODE} LIMIT 3`)).rows.map((r) => r.id);
    return new RealIds(ids);
  }

  /** A real id for the argument, or a well-formed id of nothing when no table fits. */
  idFor(argName: string, operation: string): string {
    const table = tableFor(argName, operation);
    return (table && this.ids[table]?.[0]) || '00000000-0000-4000-8000-000000000000';
  }
}
