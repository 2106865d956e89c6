import { dirname, join } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import express from 'express';

const ASSET_PATH = '/graphql-explorer';

/** Files of the explorer, served from the project's own node_modules so it works without internet. */
const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react-umd/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': join(
    dirname(require.resolve('react-dom-umd/package.json')),
    'umd/react-dom.production.min.js',
  ),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

/**
 * Serves the explorer's files. The page's own script and style are files too, not inline, so the
 * Content-Security-Policy can allow scripts from this server only (security-headers.ts).
 */
export function serveExplorerAssets(app: INestApplication, graphqlPath = '/graphql'): void {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  const script = explorerScript(graphqlPath);
  router.get('/explorer.js', (_req, res) => res.type('text/javascript').send(script));
  router.get('/explorer.css', (_req, res) => res.type('text/css').send(EXPLORER_CSS));
  app.use(ASSET_PATH, router);
}

const DEFAULT_QUERY = `# 村级“契约化+信用”治理平台 — GraphQL
# 1. 先登录（演示账号见服务启动日志），复制 accessToken；
# 2. 在下方 Headers 中填入 {"Authorization": "Bearer <accessToken>"}；
# 3. 再运行 me / villages 等查询。
mutation Login {
  login(input: { username: "dazetou-admin", password: "Demo@2026" }) {
    accessToken
  }
}

query Me {
  me { username displayName roles { roleLabel orgUnit { name level } } }
  villages(limit: 20) { total items { code name } }
}
`;

const EXPLORER_CSS = 'body{margin:0;height:100vh}#graphiql{height:100vh}\n';

function explorerScript(graphqlPath: string): string {
  return `const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true,
    isHeadersEditorEnabled: true,
  }),
);
`;
}

const EXPLORER_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>GraphQL 调试台 · 村级“契约化+信用”治理平台</title>
  <link rel="stylesheet" href="${ASSET_PATH}/explorer.css" />
  <link rel="stylesheet" href="${ASSET_PATH}/graphiql.css" />
</head>
<body>
  <div id="graphiql">正在加载…</div>
  <script src="${ASSET_PATH}/react.js"></script>
  <script src="${ASSET_PATH}/react-dom.js"></script>
  <script src="${ASSET_PATH}/graphiql.js"></script>
  <script src="${ASSET_PATH}/explorer.js"></script>
</body>
</html>`;

/** Apollo serves this page for a browser's GET /graphql instead of its CDN-hosted default. */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function explorerLandingPage(): ApolloPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: EXPLORER_HTML };
        },
      };
    },
  };
}
