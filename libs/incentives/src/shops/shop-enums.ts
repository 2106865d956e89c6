import { registerLabelledEnum } from '@village/platform-common';

export enum ShopKind {
  /** 信用超市: daily goods. */
  SUPERMARKET = 'SUPERMARKET',
  /** 农业社会化服务中心: farm-machinery services. */
  SERVICE_CENTRE = 'SERVICE_CENTRE',
  /** 村级服务: elderly-care discounts, canteen meals. */
  VILLAGE_SERVICE = 'VILLAGE_SERVICE',
}

/** The window a per-person or per-household limit counts in. */
export enum LimitPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  EVER = 'EVER',
}

export enum StockMovementKind {
  RECEIVED = 'RECEIVED',
  ADJUSTED = 'ADJUSTED',
}

registerLabelledEnum(ShopKind, 'ShopKind', '兑换点类型', {
  [ShopKind.SUPERMARKET]: '信用超市',
  [ShopKind.SERVICE_CENTRE]: '农业社会化服务中心',
  [ShopKind.VILLAGE_SERVICE]: '村级服务点',
});
registerLabelledEnum(LimitPeriod, 'LimitPeriod', '限兑周期', {
  [LimitPeriod.MONTH]: '每月',
  [LimitPeriod.QUARTER]: '每季度',
  [LimitPeriod.YEAR]: '每年',
  [LimitPeriod.EVER]: '累计',
});
registerLabelledEnum(StockMovementKind, 'StockMovementKind', '库存变动类型', {
  [StockMovementKind.RECEIVED]: '入库',
  [StockMovementKind.ADJUSTED]: '盘点调整',
});
