import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ResidentType } from '../residents/dto/resident.type';
import { CreateResidentLoginInput } from './dto/create-resident-login.input';
import { ResidentLoginService } from './resident-login.service';

@Resolver()
export class ResidentLoginResolver {
  constructor(private readonly logins: ResidentLoginService) {}

  @Mutation(() => ResidentType, { description: '为村民开通登录账号（村民角色，归属其村）' })
  @Allow(Permission.RESIDENT_MANAGE)
  async createResidentLogin(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateResidentLoginInput,
  ): Promise<ResidentType> {
    return ResidentType.from(await this.logins.create(ctx, input));
  }
}
