import { Module } from '@nestjs/common';
import { PointsFiguresResolver } from './fund/points-figures.resolver';
import { PointsFiguresService } from './fund/points-figures.service';
import { PointsResolver } from './points/points.resolver';
import { PointsService } from './points/points.service';
import { RedemptionQueriesService } from './redemptions/redemption-queries.service';
import { RedemptionResolver } from './redemptions/redemption.resolver';
import { RedemptionService } from './redemptions/redemption.service';
import { ShopResolver } from './shops/shop.resolver';
import { ShopService } from './shops/shop.service';
import { HonoursModule } from './honours/honours.module';
import { ConstraintsModule } from './constraints/constraints.module';
import { PayoutModule } from './payout/payout.module';

/**
 * How results are used (结果运用, DOMAIN.md §7, §10, §11): redeemable points and their lots, shops,
 * goods and redemptions; the fund's payout plans; honours; rectification, by-elections, handling
 * records and mentoring.
 * It reads the final year's grades through grading's public index and never writes the evaluation ledger.
 * Points are credited through scoring's period-final port (IncentivesPeriodFinal, wired by the app).
 */
@Module({
  imports: [HonoursModule, ConstraintsModule, PayoutModule],
  providers: [
    PointsService,
    PointsResolver,
    ShopService,
    ShopResolver,
    RedemptionService,
    RedemptionQueriesService,
    RedemptionResolver,
    PointsFiguresService,
    PointsFiguresResolver,
  ],
  exports: [PointsFiguresService, PointsService, ShopService, RedemptionService, RedemptionQueriesService],
})
export class IncentivesModule {}
