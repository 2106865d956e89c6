import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startServer } from './runtime/start-server';
import { describeStartupError } from './runtime/startup-errors';

async function main(): Promise<void> {
  const logger = new Logger('Bootstrap');
  const server = await startServer(process.env, (line) => logger.log(line));
  const shutdown = async (signal: string) => {
    logger.log(`收到 ${signal}，正在停止…`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`启动失败：${describeStartupError(error)}`);
  process.exit(1);
});
