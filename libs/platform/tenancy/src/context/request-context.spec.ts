import { OrgLevel } from '../org/org-level.enum';
import type { OrgRef } from './org-ref';
import { RequestContext } from './request-context';

const district: OrgRef = {
  id: 'd1',
  level: OrgLevel.DISTRICT,
  name: '文登区',
  districtId: 'd1',
  townId: null,
  villageId: null,
};
const town: OrgRef = {
  id: 't1',
  level: OrgLevel.TOWN,
  name: '宋村镇',
  districtId: 'd1',
  townId: 't1',
  villageId: null,
};
const village: OrgRef = {
  id: 'v1',
  level: OrgLevel.VILLAGE,
  name: '大泽头村',
  districtId: 'd1',
  townId: 't1',
  villageId: 'v1',
};
const otherVillage: OrgRef = {
  id: 'v2',
  level: OrgLevel.VILLAGE,
  name: '侯家庵村',
  districtId: 'd1',
  townId: 't2',
  villageId: 'v2',
};
const user = { id: 'u1', username: 'x', displayName: 'X' };

describe('RequestContext', () => {
  it('has an empty scope when anonymous', () => {
    const ctx = RequestContext.anonymous();
    expect(ctx.dbScope).toMatchObject({
      districts: [],
      towns: [],
      villages: [],
      ancestors: [],
      userId: null,
    });
    expect(() => ctx.requireUser()).toThrow('请先登录');
  });

  it('derives the database scope and the readable ancestors from the grants', () => {
    const ctx = RequestContext.forUser(user, [
      { role: 'VILLAGE_ADMIN', permissions: new Set(['ORG_UPDATE']), unit: village },
      { role: 'AUDITOR', permissions: new Set(['AUDIT_READ']), unit: town },
    ]);
    expect(ctx.dbScope).toMatchObject({
      userId: 'u1',
      districts: [],
      towns: ['t1'],
      villages: ['v1'],
      ancestors: ['d1', 't1'],
    });
  });

  it('allows a permission only at or below the unit where the role carrying it was granted', () => {
    const ctx = RequestContext.forUser(user, [
      { role: 'VILLAGE_ADMIN', permissions: new Set(['ORG_UPDATE']), unit: village },
      { role: 'AUDITOR', permissions: new Set(['AUDIT_READ']), unit: district },
    ]);
    expect(ctx.can('ORG_UPDATE', village)).toBe(true);
    expect(ctx.can('ORG_UPDATE', otherVillage)).toBe(false);
    expect(ctx.can('ORG_UPDATE', town)).toBe(false);
    expect(ctx.can('AUDIT_READ', otherVillage)).toBe(true);
    expect(() => ctx.assertCan('ORG_UPDATE', otherVillage)).toThrow('无权对「侯家庵村」执行此操作');
  });
});
