import { PointsPolicyEntity } from './points/points-policy.entity';
import { PointsAccountEntity } from './points/points-account.entity';
import { PointsLotEntity } from './points/points-lot.entity';
import { PointsMovementEntity } from './points/points-movement.entity';
import { ShopEntity } from './shops/shop.entity';
import { GoodsEntity } from './shops/goods.entity';
import { StockMovementEntity } from './shops/stock-movement.entity';
import { RedemptionEntity } from './redemptions/redemption.entity';
import { RedemptionEventEntity } from './redemptions/redemption-event.entity';
import { RedemptionQuotaEntity } from './redemptions/redemption-quota.entity';
import { HONOURS_ENTITIES } from './honours';
import { CONSTRAINTS_ENTITIES } from './constraints';
import { PAYOUT_ENTITIES } from './payout';

export * from './incentives.module';
export { IncentivesPeriodFinal, creditPeriodPoints } from './points/points-earning';
export { PointsService } from './points/points.service';
export { PointsFiguresService } from './fund/points-figures.service';
export { ShopService } from './shops/shop.service';
export { RedemptionService } from './redemptions/redemption.service';
export { RedemptionQueriesService } from './redemptions/redemption-queries.service';
export { PointsAccountEntity } from './points/points-account.entity';
export { PointsLotEntity } from './points/points-lot.entity';
export { PointsMovementEntity } from './points/points-movement.entity';
export { GoodsEntity } from './shops/goods.entity';
export { ShopEntity } from './shops/shop.entity';
export { RedemptionEntity } from './redemptions/redemption.entity';
export * from './points/points-enums';
export * from './shops/shop-enums';
export * from './redemptions/redemption-enums';
export * from './honours';
export * from './constraints';
export * from './payout';

export const INCENTIVES_ENTITIES = [
  ...HONOURS_ENTITIES,
  ...CONSTRAINTS_ENTITIES,
  ...PAYOUT_ENTITIES,
  PointsPolicyEntity,
  PointsAccountEntity,
  PointsLotEntity,
  PointsMovementEntity,
  ShopEntity,
  GoodsEntity,
  StockMovementEntity,
  RedemptionEntity,
  RedemptionEventEntity,
  RedemptionQuotaEntity,
];
