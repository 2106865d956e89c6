import { graphql, type DocumentType } from '@village/web/graphql';

export const ShopsDocument = graphql(`
  query IncentivesShops {
    shops {
      id
      name
      kind
      unitId
      townShop
      address
      openingHours
      active
    }
  }
`);

export const GoodsFields = graphql(`
  fragment AdminGoodsFields on Goods {
    id
    shopId
    name
    description
    photoUrl
    pricePoints
    valueYuan
    stock
    unlimited
    isService
    limitPerPerson
    limitPerHousehold
    limitPeriod
    availableFrom
    availableUntil
    quarterOpeningDays
    minStars
    minGrade
    subjectTypes
    pickupDays
    active
  }
`);

export const ShopDocument = graphql(`
  query IncentivesShop($id: ID!) {
    shop(id: $id) {
      id
      name
      kind
      unitId
      townShop
      address
      openingHours
      active
      goods {
        ...AdminGoodsFields
      }
    }
  }
`);

export const StockMovementsDocument = graphql(`
  query IncentivesStockMovements($goodsId: ID!) {
    stockMovements(goodsId: $goodsId) {
      id
      kind
      quantity
      reason
      createdAt
    }
  }
`);

export const CreateShopDocument = graphql(`
  mutation IncentivesCreateShop($input: CreateShopInput!) {
    createShop(input: $input) {
      id
    }
  }
`);

export const CreateGoodsDocument = graphql(`
  mutation IncentivesCreateGoods($input: CreateGoodsInput!) {
    createGoods(input: $input) {
      ...AdminGoodsFields
    }
  }
`);

export const UpdateGoodsDocument = graphql(`
  mutation IncentivesUpdateGoods($input: UpdateGoodsInput!) {
    updateGoods(input: $input) {
      ...AdminGoodsFields
    }
  }
`);

export const MoveStockDocument = graphql(`
  mutation IncentivesMoveStock($input: MoveStockInput!) {
    moveStock(input: $input) {
      ...AdminGoodsFields
    }
  }
`);

export const RedemptionFields = graphql(`
  fragment AdminRedemptionFields on Redemption {
    id
    residentId
    goodsName
    quantity
    points
    valueYuan
    pickupCode
    pickupBy
    status
    createdAt
    onBehalf
    residentConfirmation
    refundRequested
    refundReason
  }
`);

export const ShopRedemptionsDocument = graphql(`
  query IncentivesShopRedemptions($shopId: ID!, $status: RedemptionStatus) {
    shopRedemptions(shopId: $shopId, status: $status) {
      ...AdminRedemptionFields
    }
  }
`);

export const ConfirmPickupDocument = graphql(`
  mutation IncentivesConfirmPickup($input: ConfirmPickupInput!) {
    confirmPickup(input: $input) {
      ...AdminRedemptionFields
    }
  }
`);

export const ReserveForDocument = graphql(`
  mutation IncentivesReserveFor($input: ReserveRedemptionForInput!) {
    reserveRedemptionFor(input: $input) {
      ...AdminRedemptionFields
    }
  }
`);

export const CancelRedemptionDocument = graphql(`
  mutation IncentivesCancelRedemption($input: CancelRedemptionInput!) {
    cancelRedemption(input: $input) {
      ...AdminRedemptionFields
    }
  }
`);

export const RequestRefundDocument = graphql(`
  mutation IncentivesRequestRefund($input: RequestRefundInput!) {
    requestRedemptionRefund(input: $input) {
      ...AdminRedemptionFields
    }
  }
`);

export const ApproveRefundDocument = graphql(`
  mutation IncentivesApproveRefund($input: ApproveRefundInput!) {
    approveRedemptionRefund(input: $input) {
      ...AdminRedemptionFields
    }
  }
`);

export const ResidentPointsDocument = graphql(`
  query IncentivesResidentPoints($residentId: ID!) {
    residentPoints(residentId: $residentId) {
      balance
      lots {
        id
        remaining
        expiresOn
      }
    }
  }
`);

export const PointsPolicyDocument = graphql(`
  query IncentivesPointsPolicy($unitId: ID!) {
    pointsPolicy(unitId: $unitId) {
      tracks
      rate
      deductionsReduce
      accountLevel
      expiryMode
      resetMonthDay
      validityMonths
    }
  }
`);

export const SetPointsPolicyDocument = graphql(`
  mutation IncentivesSetPointsPolicy($input: SetPointsPolicyInput!) {
    setPointsPolicy(input: $input) {
      tracks
      rate
      deductionsReduce
      accountLevel
      expiryMode
      resetMonthDay
      validityMonths
    }
  }
`);

export const CheckPointsChainDocument = graphql(`
  query IncentivesCheckPointsChain($villageId: ID!) {
    checkPointsChain(villageId: $villageId) {
      ok
      balancesMatch
      entries
      firstBrokenSeq
    }
  }
`);

export type AdminShop = DocumentType<typeof ShopDocument>['shop'];
export type AdminGoods = AdminShop['goods'][number];
export type AdminRedemption = DocumentType<typeof ShopRedemptionsDocument>['shopRedemptions'][number];

export const SHOP_KIND: Record<string, string> = {
  SUPERMARKET: '信用超市',
  VILLAGE_SERVICE: '村级服务点',
  SERVICE_CENTRE: '农业社会化服务中心',
};
export const LIMIT_PERIOD: Record<string, string> = {
  MONTH: '每月',
  QUARTER: '每季度',
  YEAR: '每年',
  EVER: '累计',
};
export const REDEMPTION_STATUS: Record<string, { text: string; color: string }> = {
  RESERVED: { text: '待领取', color: 'gold' },
  PICKED_UP: { text: '已领取', color: 'green' },
  CANCELLED: { text: '已取消', color: 'default' },
  EXPIRED: { text: '逾期未领', color: 'red' },
  REFUNDED: { text: '已退回', color: 'blue' },
};
export const STOCK_KIND: Record<string, string> = { RECEIVED: '入库', ADJUSTED: '盘点调整' };

export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const h = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

export const PointsFiguresDocument = graphql(`
  query IncentivesPointsFigures($unitId: ID!, $from: String!, $to: String!) {
    pointsFigures(unitId: $unitId, from: $from, to: $to) {
      villages {
        villageId
        villageName
        issued
        redeemed
        expired
        outstanding
      }
      shops {
        shopId
        shopName
        pickedUp
        points
        valueYuan
      }
    }
  }
`);
