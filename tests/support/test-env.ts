/** Values the global setup hands to every test worker through the environment. */
export const TEST_ENV = {
  serverUrl: 'VILLAGE_TEST_SERVER_URL',
  templateDb: 'VILLAGE_TEST_TEMPLATE_DB',
  appDbPassword: 'VILLAGE_TEST_APP_DB_PASSWORD',
} as const;

export const TEST_JWT_SECRET = 'test-only-secret-test-only-secret-0123456789';
/** A fixed PII_KEY (base64 of 32 bytes) so tests can compare stored hashes. */
export const TEST_PII_KEY = Buffer.alloc(32, 42).toString('base64');
export const TEST_DEMO_PASSWORD = 'Test@Demo2026';

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value) throw new Error(`${TEST_ENV[name]} is not set: run the tests through jest (global setup)`);
  return value;
}
