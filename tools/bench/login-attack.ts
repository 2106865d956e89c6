import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface AttackResult {
  attempts: number;
  perSecond: number;
  /** How the attempts were answered, by error code (OK for a token, which must not happen). */
  codes: Record<string, number>;
}

/**
 * Starts `parallel` wrong logins in flight back to back, each for a username nobody has (so every
 * attempt the throttles let through costs a full hash of the dummy password), from a child process
 * (login-attacker.ts), until stopped.
 */
export function startAttack(url: string, parallel: number): { stop(): Promise<AttackResult> } {
  const child = fork(join(__dirname, 'login-attacker.js'), [url, String(parallel)], { stdio: 'inherit' });
  const result = new Promise<AttackResult>((resolve, reject) => {
    child.once('message', (message: AttackResult & { error: string | null }) =>
      message.error ? reject(new Error(`attacker: ${message.error}`)) : resolve(message),
    );
    child.once('exit', (code) => reject(new Error(`attacker exited with ${code} before reporting`)));
  });
  return {
    stop() {
      child.send('stop');
      return result;
    },
  };
}
