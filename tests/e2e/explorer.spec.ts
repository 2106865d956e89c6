import { useWebTestServer } from './support/web-server';

/** The developers' GraphQL explorer renders offline from the project's own packages (graphiql 4 on React 18 UMD). */
describe('GraphQL explorer (browser)', () => {
  const server = useWebTestServer({ seed: false });

  it('renders its editor with no script error and no request to another origin', async () => {
    const context = await server.browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    try {
      await page.goto('/graphql');
      await page.locator('.graphiql-container').waitFor();
      await page.getByText('mutation Login').first().waitFor();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
