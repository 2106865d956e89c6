import { randomUUID } from 'node:crypto';
import type { Client, Pool } from 'pg';
import type { OrgRef } from '@village/platform-tenancy';

export interface Seeded {
  village: OrgRef;
  shopId: string;
  goodsId: string;
  scarceGoodsId: string;
  residents: { id: string; accountId: string }[];
}

/** The bare path: stock, balance and one insert in one transaction, as a superuser, no RLS. */
export async function bareReserve(pool: Pool, s: Seeded, client: number): Promise<void> {
  const conn = await pool.connect();
  try {
    await conn.query('BEGIN');
    const stock = await conn.query('UPDATE goods SET stock = stock - 1 WHERE id = $1 AND stock >= 1', [
      s.goodsId,
    ]);
    const paid = await conn.query(
      'UPDATE points_account SET balance = balance - 10 WHERE id = $1 AND balance >= 10',
      [s.residents[client].accountId],
    );
    if (stock.rowCount !== 1 || paid.rowCount !== 1) throw new Error('bare SQL: out of stock or points');
    await conn.query('INSERT INTO bench_bare_redemption (id, goods_id, account_id) VALUES ($1, $2, $3)', [
      randomUUID(),
      s.goodsId,
      s.residents[client].accountId,
    ]);
    await conn.query('COMMIT');
  } catch (error) {
    await conn.query('ROLLBACK');
    throw error;
  } finally {
    conn.release();
  }
}

/** Org units, residents with accounts and one generous lot each, a shop with two goods (plain SQL). */
export async function seed(admin: Client, clients: number): Promise<Seeded> {
  const district = randomUUID();
  const town = randomUUID();
  const village = randomUUID();
  await admin.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id) VALUES
       ($1, 'DISTRICT', 'RB', '基准区', NULL, $1, NULL, NULL),
       ($2, 'TOWN', 'RB-T', '基准镇', $1, $1, $2, NULL),
       ($3, 'VILLAGE', 'RB-V', '基准村', $2, $1, $2, $3)`,
    [district, town, village],
  );
  const residents = Array.from({ length: clients }, () => ({ id: randomUUID(), accountId: randomUUID() }));
  for (const [k, r] of residents.entries()) {
    await admin.query(
      `INSERT INTO resident (district_id, town_id, village_id, id, name, gender, birth_date, id_number_cipher,
                             id_number_hash, id_number_masked, status)
       VALUES ($1, $2, $3, $4, $5, 'MALE', '1970-01-01', 'bench:not-encrypted', $6, '371081********0000', 'ACTIVE')`,
      [district, town, village, r.id, `村民${k}`, randomUUID().replace(/-/g, '')],
    );
    await admin.query(
      `INSERT INTO points_account (id, district_id, town_id, village_id, resident_id, balance)
       VALUES ($1, $2, $3, $4, $5, 1000000)`,
      [r.accountId, district, town, village, r.id],
    );
    await admin.query(
      `INSERT INTO points_lot (id, district_id, town_id, village_id, account_id, amount, remaining, earned_on, expires_on)
       VALUES ($1, $2, $3, $4, $5, 1000000, 1000000, current_date, NULL)`,
      [randomUUID(), district, town, village, r.accountId],
    );
  }
  const shopId = randomUUID();
  const goodsId = randomUUID();
  const scarceGoodsId = randomUUID();
  await admin.query(
    `INSERT INTO shop (id, district_id, town_id, village_id, name, kind) VALUES ($1, $2, $3, $4, '基准信用超市', 'SUPERMARKET')`,
    [shopId, district, town, village],
  );
  await admin.query(
    `INSERT INTO goods (id, shop_id, district_id, town_id, village_id, name, price_points, stock)
     VALUES ($1, $4, $5, $6, $7, '洗衣液', 10, 10000000), ($2, $4, $5, $6, $7, '限量大米', 10, 10), ($3, $4, $5, $6, $7, '未用', 10, 0)`,
    [goodsId, scarceGoodsId, randomUUID(), shopId, district, town, village],
  );
  await admin.query(
    'CREATE UNLOGGED TABLE bench_bare_redemption (id uuid PRIMARY KEY, goods_id uuid, account_id uuid)',
  );
  return {
    village: {
      id: village,
      name: '基准村',
      level: 'VILLAGE',
      districtId: district,
      townId: town,
      villageId: village,
    } as OrgRef,
    shopId,
    goodsId,
    scarceGoodsId,
    residents,
  };
}
