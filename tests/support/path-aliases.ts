import Module from 'node:module';
import { join } from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const ROOT = join(__dirname, '..', '..');

/**
 * Jest's global setup runs outside its module mapper, yet the migrations it applies import each other
 * through the libs' `@village/<lib>/migrations` entry points. This maps those, for the global setup
 * alone — and refuses every other `@village/*` import: anything more would load Nest and GraphQL into
 * Jest's main process, where a single suite runs in band, and give it a second copy of them.
 */
function mapMigrationEntryPoints(): void {
  const original = loader._resolveFilename;
  loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
    if (request.startsWith('@village/')) {
      const match = /^@village\/(platform-)?([a-z-]+)\/migrations$/.exec(request);
      if (!match) throw new Error(`global setup may load only migration entry points, not ${request}`);
      const lib = match[1] ? join('libs', 'platform', match[2]) : join('libs', match[2]);
      const entry = match[1] && match[2] === 'db' ? 'public.ts' : 'index.ts';
      return original.call(this, join(ROOT, lib, 'src', 'migrations', entry), ...rest);
    }
    return original.call(this, request, ...rest);
  };
}

// Imported for this effect, first thing in global-setup.ts.
mapMigrationEntryPoints();
