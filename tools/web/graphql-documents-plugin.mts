import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../../libs/web/src/graphql/generated/graphql.ts', import.meta.url));

/**
 * What codegen's babel plugin does, for Vite: each `graphql(\`query Name …\`)` call becomes an import of
 * that one document (`NameDocument`, or `NameFragmentDoc` for a fragment) from the generated module.
 * Without it every call goes through gql.ts's map of all documents, and the villager's phone would
 * download every admin screen's queries in its first load.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'village-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/graphql/generated/') || !code.includes('graphql('))
        return null;
      const imports = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, text: string) => {
        const match = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/.exec(text);
        if (!match) return call;
        const exported = match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
        imports.add(exported);
        return `__gql_${exported}`;
      });
      if (imports.size === 0) return null;
      const names = [...imports].map((name) => `${name} as __gql_${name}`).join(', ');
      return { code: `import { ${names} } from ${JSON.stringify(GENERATED)};\n${out}`, map: null };
    },
  };
}
