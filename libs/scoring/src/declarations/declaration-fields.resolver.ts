import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { DeclarationDetailsService } from './declaration-details.service';
import {
  DeclarationEventType,
  DeclarationEvidenceType,
  DeclarationItemType,
} from './dto/declaration-detail.type';
import { DeclarationType } from './dto/declaration.type';

/**
 * The review queue's fields of a declaration. Whoever could read the declaration may read these: they
 * come under the same row-level security, batched per request (DeclarationDetailsService).
 */
@Resolver(() => DeclarationType)
export class DeclarationFieldsResolver {
  constructor(private readonly details: DeclarationDetailsService) {}

  @ResolveField(() => String, { nullable: true, description: '村民姓名' })
  residentName(@Ctx() ctx: RequestContext, @Parent() d: DeclarationType): Promise<string | null> {
    return this.details.residentName(ctx, d.residentId);
  }

  @ResolveField(() => DeclarationItemType, { nullable: true, description: '申报事项及其计分规则' })
  item(@Ctx() ctx: RequestContext, @Parent() d: DeclarationType): Promise<DeclarationItemType | null> {
    return this.details.item(ctx, d.scoringListItemId);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      '申报分值：按单位计分为单位分值×数量，固定分值为该分值（扣分为负）；区间分值由审核人选定时为空',
  })
  pointsAsked(@Ctx() ctx: RequestContext, @Parent() d: DeclarationType): Promise<number | null> {
    return this.details.pointsAsked(ctx, d);
  }

  @ResolveField(() => [DeclarationEvidenceType], { description: '佐证材料' })
  evidence(@Ctx() ctx: RequestContext, @Parent() d: DeclarationType): Promise<DeclarationEvidenceType[]> {
    return this.details.evidence(ctx, d.id);
  }

  @ResolveField(() => [DeclarationEventType], { description: '经过：提交与审核（谁、何时）' })
  history(@Ctx() ctx: RequestContext, @Parent() d: DeclarationType): Promise<DeclarationEventType[]> {
    return this.details.history(ctx, d);
  }
}
