import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';

/**
 * The attacker of bench:login, in a process of its own (forked by login-attack.ts) so that its work
 * does not slow the process measuring `me`: `connections` keep-alive connections sending wrong
 * logins back to back, each for a fresh username nobody has, until told to stop; then it sends back
 * how many it sent and how they were answered.
 */
function main(): void {
  const [url, connections] = [process.argv[2], Number(process.argv[3])];
  const codes: Record<string, number> = {};
  const started = Date.now();
  const instance = autocannon(
    {
      url,
      method: 'POST',
      connections,
      duration: 3600,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
              variables: {
                input: { username: `bench-${randomBytes(6).toString('hex')}`, password: 'wrong-password' },
              },
            }),
          }),
          onResponse: (_status, body) => {
            const code =
              /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? (body.includes('accessToken') ? 'OK' : 'OTHER');
            codes[code] = (codes[code] ?? 0) + 1;
          },
        },
      ],
    },
    (error: unknown) => {
      const attempts = Object.values(codes).reduce((a, b) => a + b, 0);
      process.send?.({
        error: error ? String(error) : null,
        attempts,
        perSecond: attempts / ((Date.now() - started) / 1000),
        codes,
      });
      process.exit(0);
    },
  );
  process.on('message', (message) => {
    if (message === 'stop') instance.stop();
  });
}

main();
