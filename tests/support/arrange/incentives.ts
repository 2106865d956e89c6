import { Role, SubjectType } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { LimitPeriod, ShopKind, ShopService, type GoodsEntity, type ShopEntity } from '@village/incentives';
import type { ItemFields } from '@village/rulebook';
import type { TestApp } from '../test-app';
import { arrangeUser, townAdminOf, type ArrangedUser } from './accounts';
import { villageItem } from './items';
import { arrangeResident, type ArrangedResident, type ResidentSpec } from './people';
import { arrangeApprovedAct, arrangeOpenYear, arrangeScoringVillage, type OpenedPeriod } from './scoring';
import { arrangeFinalQuarter } from './scoring-cycle';
import { unique } from './unique';
import type { ArrangedVillage } from './village';

/** A good deed worth exactly 10 points: what the points suites earn with. */
export const TEN_POINT_DEED: ItemFields = villageItem('PTS10', '公益劳动（测试）', {
  pointsMin: 10,
  pointsMax: 10,
});

export interface PointsVillage {
  village: ArrangedVillage;
  periods: OpenedPeriod[];
  /** Each resident with the number of 10-point deeds approved per quarter given. */
  residents: ArrangedResident[];
}

/**
 * A village whose residents earned redeemable points: `deeds[i][q]` ten-point deeds of resident i in
 * quarter q+1 (Q1, Q2, …), each quarter then made final (the lots credited by the period-final port).
 * Leaves today after the last quarter's notice.
 */
export async function arrangePointsVillage(
  t: TestApp,
  town: OrgRef,
  year: number,
  deeds: number[][],
  spec: (i: number) => ResidentSpec = () => ({}),
): Promise<PointsVillage> {
  t.setToday(`${year}-01-05`);
  const village = await arrangeScoringVillage(t, town, year, { villageItems: [TEN_POINT_DEED], open: false });
  const periods = await arrangeOpenYear(t, village, year);
  const residents: ArrangedResident[] = [];
  for (let i = 0; i < deeds.length; i += 1)
    residents.push(await arrangeResident(t, village, { roles: [SubjectType.VILLAGER], ...spec(i) }));
  const quarters = Math.max(...deeds.map((d) => d.length));
  for (let q = 0; q < quarters; q += 1) {
    t.setToday(`${year}-${String(q * 3 + 2).padStart(2, '0')}-15`);
    for (let i = 0; i < deeds.length; i += 1) {
      for (let n = 0; n < (deeds[i][q] ?? 0); n += 1) {
        await arrangeApprovedAct(t, village, {
          residentId: residents[i].id,
          itemCode: TEN_POINT_DEED.code,
          actedOn: `${year}-${String(q * 3 + 2).padStart(2, '0')}-${String(10 + n).padStart(2, '0')}`,
          points: 10,
        });
      }
    }
    await arrangeFinalQuarter(t, village, periods, q + 1);
  }
  return { village, periods, residents };
}

/** A shop of a village (its admin opens it) or of a town (its admin). */
export async function arrangeShop(
  t: TestApp,
  owner: { village: ArrangedVillage } | { town: OrgRef },
  name = unique('信用超市'),
): Promise<ShopEntity> {
  const shops = t.app.get(ShopService);
  if ('village' in owner) {
    return shops.createShop(owner.village.admin.ctx, owner.village.id, {
      name,
      kind: ShopKind.SUPERMARKET,
      address: null,
      openingHours: null,
    });
  }
  const admin = await townAdminOf(t, owner.town);
  return shops.createShop(admin.ctx, owner.town.id, {
    name,
    kind: ShopKind.SERVICE_CENTRE,
    address: null,
    openingHours: null,
  });
}

/** A good of a shop, managed by `manager`; 10 points, no limits, `stock` received unless given as unlimited. */
export function arrangeGoods(
  t: TestApp,
  manager: ArrangedUser,
  shop: ShopEntity,
  fields: Partial<Omit<GoodsEntity, 'id'>> & { stock?: number } = {},
): Promise<GoodsEntity> {
  const { stock = 10, ...rest } = fields;
  return t.app.get(ShopService).createGoods(
    manager.ctx,
    shop.id,
    {
      name: unique('商品'),
      description: null,
      photoUrl: null,
      isService: false,
      pricePoints: 10,
      valueYuan: 5,
      unlimited: false,
      limitPerPerson: null,
      limitPerHousehold: null,
      limitPeriod: LimitPeriod.QUARTER,
      availableFrom: null,
      availableUntil: null,
      quarterOpeningDays: null,
      minStars: null,
      minGrade: null,
      subjectTypes: [],
      pickupDays: 7,
      ...rest,
    },
    rest.unlimited ? 0 : stock,
  );
}

/** A counter clerk of a village's or town's shops. */
export function arrangeClerk(t: TestApp, unit: OrgRef): Promise<ArrangedUser> {
  return arrangeUser(t, unit, Role.STORE_CLERK);
}
