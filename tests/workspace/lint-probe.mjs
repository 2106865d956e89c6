// Lints source texts as if they sat at the given paths, in one ESLint process, and prints the
// module-boundary messages per probe as JSON. Used by layer-boundaries.spec.ts.
import { ESLint } from 'eslint';

const probes = JSON.parse(process.argv[2]);
const eslint = new ESLint();
const results = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(
    result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message),
  );
}
process.stdout.write(JSON.stringify(results));
