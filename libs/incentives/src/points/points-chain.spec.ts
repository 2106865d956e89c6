import { canonicalMovement, canonicalMovementParts } from './points-chain';
import { PointsMovementKind } from './points-enums';

const movement = {
  id: '6f1c2a52-8a51-4d64-b4a4-1b8f0d7d1f0e',
  seq: 42,
  kind: PointsMovementKind.SPEND,
  villageId: 'b2c5c8e2-3a0e-4a57-9a49-0a6f4f1d2c11',
  accountId: '0d9b8f6e-1c2d-4e3f-8a9b-7c6d5e4f3a21',
  lotId: null,
  points: -7.5,
  occurredOn: '2026-12-03',
  periodId: null,
  redemptionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  reversesMovementId: null,
  reason: '兑换 "大瓶" 洗衣液 \\ 装 × 1（村超市）\n',
  idempotencyKey: 'spend:9a8b7c6d:lot',
};

describe('the points movement canonical form', () => {
  it('is the JSON array the chain has always hashed, with the seq as a string', () => {
    expect(canonicalMovement(movement)).toBe(
      JSON.stringify([
        movement.id,
        '42',
        movement.kind,
        movement.villageId,
        movement.accountId,
        null,
        '-7.50',
        movement.occurredOn,
        null,
        movement.redemptionId,
        null,
        movement.reason,
        movement.idempotencyKey,
      ]),
    );
  });

  it('splits around the seq, so the appending statement only puts in digits', () => {
    const { before, after } = canonicalMovementParts(movement);
    expect(`${before}42${after}`).toBe(canonicalMovement(movement));
    expect(before).toBe(`["${movement.id}","`);
  });
});
