import { ALL_MIGRATIONS } from '../../apps/api/src/migrations';
import { createTestDatabase } from '../support/test-database';

/**
 * The migrations as they were applied to databases before each lib owned its own (the order TypeORM
 * runs them in: by the timestamp in the name). A database records applied migrations by name, so a
 * rename, a lost migration or a new one slotted in before an applied one would make an existing
 * database run something twice or skip it. New migrations are appended here.
 */
const APPLIED_ORDER = [
  'PlatformSchema1795816311130',
  'PlatformRowLevelSecurity1795816311131',
  'ScopeAbove1795817000000',
  'ResidentsSchema1795817586063',
  'ResidentsRls1795817586064',
  'ResidentStatusChangeSchema1795817881216',
  'ResidentStatusChangeRls1795817881217',
  'ScoringRulebook1795817956244',
  'ScoringRulebookRls1795817956245',
  'GridsSchema1795818083555',
  'GridsRls1795818083556',
  'ContractsSchema1795818124970',
  'ContractsRls1795818124971',
  'LedgerSchema1795821376467',
  'LedgerRls1795821376468',
  'NotificationsSchema1795821411662',
  'NotificationsRls1795821411663',
  'ScoringPeriodsSchema1795821465423',
  'ScoringPeriodsRls1795821465424',
  'DeclarationsSchema1795822597436',
  'DeclarationsRls1795822597437',
  'DeclarationEvidenceSchema1795822934005',
  'DeclarationEvidenceRls1795822934006',
  'DeclarationAmend1795825505676',
  'DeclarationAmendTrigger1795825505677',
  'AppraisalSchema1795825728001',
  'AppraisalRls1795825728002',
  'ManualLateEntryDays1795826755922',
  'TallySchema1795827711414',
  'TallyRls1795827711415',
  'RlsScopeInitplan1795829500121',
  'NotificationKindAmended1795831309741',
];

const timestampOf = (name: string) => Number(/(\d{13})$/.exec(name)?.[1]);

describe('migration order', () => {
  it('is the order existing databases were migrated in, whatever lib a migration lives in', () => {
    const names = ALL_MIGRATIONS.map((m) => new m() as { name?: string }).map((m) => m.name ?? '');
    const inRunOrder = [...names].sort((a, b) => timestampOf(a) - timestampOf(b));
    expect(inRunOrder.slice(0, APPLIED_ORDER.length)).toEqual(APPLIED_ORDER);
    expect(new Set(names).size).toBe(names.length);
    // Later migrations only after the applied ones, never between them.
    const last = timestampOf(APPLIED_ORDER[APPLIED_ORDER.length - 1]);
    for (const name of inRunOrder.slice(APPLIED_ORDER.length))
      expect(timestampOf(name)).toBeGreaterThan(last);
  });

  it('is what a migrated database records', async () => {
    const db = await createTestDatabase();
    try {
      const rows = await db.adminQuery<{ name: string }>('SELECT name FROM schema_migration ORDER BY id');
      expect(rows.map((r) => r.name).slice(0, APPLIED_ORDER.length)).toEqual(APPLIED_ORDER);
    } finally {
      await db.drop();
    }
  });
});
