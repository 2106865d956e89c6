import bcrypt from 'bcryptjs';
import { HashSlots } from './hash-slots';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';

describe('password hashes', () => {
  it('are salted scrypt hashes carrying their parameters, verified off the event loop', async () => {
    const [a, b] = await Promise.all([hashPassword('秘密 pass', 10), hashPassword('秘密 pass', 10)]);
    expect(a).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(100); // fits app_user.password_hash varchar(100)
    expect(await verifyPassword('秘密 pass', a)).toBe(true);
    expect(await verifyPassword('秘密 pasS', a)).toBe(false);
    expect(needsRehash(a, 10)).toBe(false);
    expect(needsRehash(a, 11)).toBe(true);
  });

  it('still verifies old bcrypt hashes, and asks for them to be replaced', async () => {
    const old = await bcrypt.hash('Demo@2026', 4);
    expect(await verifyPassword('Demo@2026', old)).toBe(true);
    expect(await verifyPassword('Demo@2027', old)).toBe(false);
    expect(needsRehash(old, 10)).toBe(true);
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    const good = await hashPassword('x', 10);
    for (const bad of [
      '',
      'plain',
      '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(43),
      good.slice(0, -5),
    ]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('refuses a cost outside 10–20', async () => {
    await expect(hashPassword('x', 4)).rejects.toThrow('scrypt cost');
  });
});

describe('HashSlots', () => {
  it('never runs more than its limit at once, and runs everything', async () => {
    const slots = new HashSlots(2);
    let running = 0;
    let peak = 0;
    const work = () =>
      slots.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return 1;
      });
    const done = await Promise.all(Array.from({ length: 10 }, work));
    expect(done).toHaveLength(10);
    expect(peak).toBe(2);
  });
});
