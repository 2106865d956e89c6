import { graphql, type DocumentType } from '@village/web/graphql';

export const MyPointsDocument = graphql(`
  query VillagerMyPoints {
    myPoints {
      balance
      lots {
        id
        amount
        remaining
        earnedOn
        expiresOn
      }
      movements {
        id
        seq
        kind
        points
        occurredOn
        reason
      }
    }
  }
`);

export const MyShopsDocument = graphql(`
  query VillagerMyShops {
    myShops {
      balance
      shops {
        shop {
          id
          name
          address
          openingHours
          townShop
        }
        offers {
          canRedeem
          whyNot
          goods {
            id
            name
            description
            pricePoints
            stock
            unlimited
            isService
            pickupDays
          }
        }
      }
    }
  }
`);

export const MyRedemptionsDocument = graphql(`
  query VillagerMyRedemptions {
    myRedemptions {
      ...VillagerRedemptionFields
    }
  }
`);

export const VillagerRedemptionFields = graphql(`
  fragment VillagerRedemptionFields on Redemption {
    id
    goodsName
    quantity
    points
    pickupCode
    pickupBy
    status
    createdAt
    shopId
    onBehalf
    refundRequested
  }
`);

export const ReserveRedemptionDocument = graphql(`
  mutation VillagerReserveRedemption($input: ReserveRedemptionInput!) {
    reserveRedemption(input: $input) {
      ...VillagerRedemptionFields
    }
  }
`);

export const CancelMyRedemptionDocument = graphql(`
  mutation VillagerCancelRedemption($input: CancelRedemptionInput!) {
    cancelRedemption(input: $input) {
      ...VillagerRedemptionFields
    }
  }
`);

export type VillagerRedemption = DocumentType<typeof MyRedemptionsDocument>['myRedemptions'][number];
export type ShopOffers = DocumentType<typeof MyShopsDocument>['myShops']['shops'][number];
export type GoodsOffer = ShopOffers['offers'][number];

export const MOVEMENT_KIND: Record<string, string> = {
  EARN: '积分入账',
  SPEND: '兑换扣减',
  RELEASE: '兑换退回',
  EXPIRE: '到期清零',
  REVERSAL: '冲正',
};

export const REDEMPTION_STATUS: Record<string, { text: string; color: string; icon: string }> = {
  RESERVED: { text: '待领取', color: 'warning', icon: '○' },
  PICKED_UP: { text: '已领取', color: 'success', icon: '✓' },
  CANCELLED: { text: '已取消', color: 'default', icon: '✗' },
  EXPIRED: { text: '逾期未领', color: 'danger', icon: '✗' },
  REFUNDED: { text: '已退回', color: 'primary', icon: '↺' },
};
