import { APP_ROLE } from './database-roles';

/** Where the database is and how each side connects to it. */
export interface DatabaseTarget {
  /** Migrations, role provisioning and first-start checks; must be able to create roles. */
  adminUrl: string;
  /** What the API's pool uses: the unprivileged application role. */
  appUrl: string;
}

/** The application connection: same server and database as the admin URL, as the app role. */
export function appUrlFor(adminUrl: string, appPassword: string): string {
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}

/** The same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}
