import bcrypt from 'bcryptjs';

/** Salted bcrypt hashes; the cost is configurable so tests and demo seeding stay quick. */
export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
