import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { TenantDb } from '@village/platform-tenancy';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from './config/app-config';
import { DEMO_USERS } from './demo/demo-org.data';
import { seedDemoData } from './demo/seed-demo';
import { createApp } from './runtime/create-app';
import { startDatabaseRuntime } from './runtime/database-runtime';

async function main(): Promise<void> {
  const logger = new Logger('Bootstrap');
  const loaded = loadConfig();
  const database = await startDatabaseRuntime(loaded, (line) => logger.log(line));
  const config = { ...loaded, piiKey: database.piiKey };
  const app = await createApp(config, database.target, database.jwtSecret);

  if (config.seedDemo) {
    const result = await seedDemoData(database.target.adminUrl, app.get(TenantDb), {
      demoPassword: config.demoPassword,
      passwordHashCost: config.auth.passwordHashCost,
      piiKey: database.piiKey,
      activity: app,
    });
    if (result.seeded) {
      const password = process.env.DEMO_PASSWORD ? '环境变量 DEMO_PASSWORD 的值' : DEFAULT_DEMO_PASSWORD;
      logger.log(`已写入演示数据：文登区及其镇、村。演示账号（密码：${password}）：`);
      if (result.activity) {
        const { declarations, tallies, ms } = result.activity;
        logger.log(
          `演示积分活动：去年全年与今年至今的 ${declarations} 条申报、${tallies} 次核算（${(ms / 1000).toFixed(1)} 秒）`,
        );
      }
    } else {
      logger.log(result.reason ?? '未写入演示数据');
    }
    for (const user of DEMO_USERS)
      logger.log(`  ${user.username.padEnd(18)} ${user.role.padEnd(15)} ${user.unit}`);
  }

  const shutdown = async (signal: string) => {
    logger.log(`收到 ${signal}，正在停止…`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port, '0.0.0.0');
  logger.log(
    `GraphQL 服务已启动：http://localhost:${config.port}/graphql${database.embedded ? '（内置数据库）' : ''}`,
  );
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`启动失败：${message}`);
  process.exit(1);
});
