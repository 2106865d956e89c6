import { EmbeddedDatabaseError } from '@village/platform-db';
import { ConfigError } from '../config/app-config';

interface SystemError {
  code?: string;
  syscall?: string;
  port?: number;
  address?: string;
}

/**
 * What went wrong at start and what to do, for the one line `启动失败：…`. Known causes get a sentence;
 * anything else keeps its stack, since it is a bug or a case not foreseen here.
 */
export function describeStartupError(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) return error.message;
  const system = (error ?? {}) as SystemError;
  if (system.syscall === 'listen') {
    const where = `${system.address ?? env.HOST ?? ''}:${system.port ?? env.PORT ?? ''}`;
    if (system.code === 'EADDRINUSE') {
      return (
        `HTTP 端口 ${system.port ?? env.PORT} 已被占用（${where}）：很可能本服务或其他程序已在运行。` +
        `请停止占用它的程序，或用 PORT 换一个端口 (HTTP port ${system.port} is in use: stop what holds it or set PORT)`
      );
    }
    if (system.code === 'EACCES') {
      return `无权监听 ${where}：1024 以下的端口需要管理员权限，请用 PORT 换一个 1024 以上的端口 (permission denied)`;
    }
    if (system.code === 'EADDRNOTAVAIL' || system.code === 'ENOTFOUND') {
      return `无法监听 ${where}：本机没有这个地址，请检查 HOST（如 127.0.0.1 或 0.0.0.0） (HOST is not an address of this machine)`;
    }
  }
  if (env.DATABASE_URL?.trim()) {
    const database = describeDatabaseError(error);
    if (database) return database;
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

function describeDatabaseError(error: unknown): string | null {
  const code = (error as { code?: string } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return `无法连接 DATABASE_URL 指向的 PostgreSQL（${detail}）：请确认数据库已启动、地址和端口正确 (cannot reach the database)`;
  }
  if (code === '28P01' || code === '28000') {
    return `DATABASE_URL 的用户名或密码被 PostgreSQL 拒绝（${detail}）：请检查 DATABASE_URL (authentication failed)`;
  }
  if (code === '42501') {
    return `DATABASE_URL 的角色权限不足（${detail}）：它须能创建角色与数据库（超级用户或 CREATEROLE） (insufficient privilege)`;
  }
  return null;
}
