import { Permission } from './permission.enum';
import { PERMISSION_LABELS, permissionRefusal, rolesWith } from './permission-labels';
import { Role } from './role.enum';

describe('permissionRefusal', () => {
  it('names the permission and the roles that hold it', () => {
    expect(permissionRefusal([Permission.DECLARATION_REVIEW])).toBe(
      '没有执行此操作的权限：需要「审核申报」权限（信用议事会成员、评分员）',
    );
    expect(permissionRefusal([Permission.TOWN_CREATE])).toBe(
      '没有执行此操作的权限：需要「创建镇（街道）」权限（区级管理员）',
    );
  });

  it('names each of several permissions, any of which would do, and every role holding one', () => {
    expect(permissionRefusal([Permission.DECLARATION_REVIEW, Permission.DECLARATION_REGISTER])).toBe(
      '没有执行此操作的权限：需要「审核申报」或「登记积分事项」权限（信用议事会成员、评分员、村级管理员、网格长）',
    );
  });

  it('has a label for every permission, and reads the roles from the one table', () => {
    for (const permission of Object.values(Permission)) expect(PERMISSION_LABELS[permission]).toBeTruthy();
    expect(rolesWith(Permission.AUDIT_READ)).toEqual([Role.DISTRICT_ADMIN, Role.TOWN_ADMIN, Role.AUDITOR]);
  });
});
