import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IdField, PageArgs, Role, Trim } from '@village/platform-common';

const ROLE_MESSAGE = '必须是有效的角色';

@InputType({ description: '新建工作人员账号（首个角色授予在该单元；密码须在首次登录后修改）' })
export class CreateStaffAccountInput {
  @IdField({ description: '账号归属单元，也是首个角色的授予单元' })
  unitId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role: Role;

  @Field({ description: '用户名：3–64 位字母、数字、点、下划线或连字符' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字符' })
  username: string;

  @Field({ description: '姓名' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  displayName: string;

  @Field(() => String, { nullable: true, description: '初始密码；不填则生成临时密码并返回一次' })
  @IsOptional()
  @MaxLength(128, { message: '不能超过 128 个字符' })
  password?: string | null;
}

@InputType({ description: '授予角色' })
export class GrantRoleInput {
  @IdField({ description: '账号' })
  userId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: ROLE_MESSAGE })
  role: Role;

  @IdField({ description: '授予角色的组织单元' })
  unitId: string;
}

@InputType({ description: '修改自己的密码' })
export class ChangePasswordInput {
  @Field({ description: '当前密码（或管理员给的临时密码）' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(128, { message: '不能超过 128 个字符' })
  currentPassword: string;

  @Field({ description: '新密码' })
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(128, { message: '不能超过 128 个字符' })
  newPassword: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @IdField({ description: '列出归属该单元及其下级单元的账号' })
  unitId: string;
}

@ArgsType()
export class UserIdArgs {
  @IdField({ description: '账号' })
  userId: string;
}

@ArgsType()
export class AssignmentIdArgs {
  @IdField({ description: '角色授予记录' })
  assignmentId: string;
}
