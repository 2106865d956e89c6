import Module from 'node:module';
import { join } from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };

/**
 * Jest's global setup runs outside its module mapper, yet the migrations it applies live in the libs and
 * import each other by their `@village/<lib>` aliases. This maps those aliases to the libs' index files,
 * as tsconfig.base.json and jest.config.js do, for the global setup alone.
 */
function registerPathAliases(root: string): void {
  const original = loader._resolveFilename;
  loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
    const match = /^@village\/(platform-)?([a-z-]+)$/.exec(request);
    if (match) {
      const lib = match[1] ? join('libs', 'platform', match[2]) : join('libs', match[2]);
      return original.call(this, join(root, lib, 'src', 'index.ts'), ...rest);
    }
    return original.call(this, request, ...rest);
  };
}

// Imported for this effect, first thing in global-setup.ts.
registerPathAliases(join(__dirname, '..', '..'));
