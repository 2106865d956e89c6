import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { AddSubjectRoleInput, EndSubjectRoleInput } from './dto/subject-role.input';
import { SubjectRoleType } from './dto/subject-role.type';
import { SubjectRoleService } from './subject-role.service';

@Resolver(() => SubjectRoleType)
export class SubjectRoleResolver {
  constructor(private readonly roles: SubjectRoleService) {}

  @Mutation(() => SubjectRoleType, { description: '添加主体身份（同类身份期间不得重叠）' })
  @Allow(Permission.RESIDENT_MANAGE)
  async addSubjectRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddSubjectRoleInput,
  ): Promise<SubjectRoleType> {
    return SubjectRoleType.from(await this.roles.add(ctx, input));
  }

  @Mutation(() => SubjectRoleType, { description: '结束主体身份（记录结束日期和原因，不删除）' })
  @Allow(Permission.RESIDENT_MANAGE)
  async endSubjectRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EndSubjectRoleInput,
  ): Promise<SubjectRoleType> {
    return SubjectRoleType.from(await this.roles.end(ctx, input));
  }
}
