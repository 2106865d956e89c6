import type { INestApplication } from '@nestjs/common';
import { TenantDb } from '@village/platform-tenancy';
import { DEFAULT_DEMO_PASSWORD, loadConfig, type AppConfig } from '../config/app-config';
import { DEMO_USERS } from '../demo/demo-org.data';
import { seedDemoData, type DemoSeedResult } from '../demo/seed-demo';
import { startOverdueObjectionsJob } from './overdue-objections-job';
import { startPointsJobs } from './points-jobs';
import { startDigestLogJob } from './digest-log-job';
import { startFiguresJob } from './figures-job';
import { startAnomalyJob } from './anomaly-job';
import { createApp } from './create-app';
import { startDatabaseRuntime, type DatabaseRuntime } from './database-runtime';
import { listDistricts } from './districts';

export interface RunningServer {
  app: INestApplication;
  config: AppConfig;
  database: DatabaseRuntime;
  /** What the demo seed did; null when it was not asked for (SEED_DEMO, production). */
  demoSeed: DemoSeedResult | null;
  /** The address the HTTP server listens on. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does, in order: read the settings, start or reach the database (roles and
 * migrations), build the API, seed the demo when asked, listen. A failure on the way stops what was
 * started and rethrows; `describeStartupError` turns it into what to do.
 */
export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
  options: { logger?: false } = {},
): Promise<RunningServer> {
  const loaded = loadConfig(env);
  const database = await startDatabaseRuntime(loaded, log);
  let app: INestApplication | null = null;
  try {
    const config = { ...loaded, piiKey: database.piiKey };
    app = await createApp(config, database.target, database.jwtSecret, options);
    const demoSeed = config.seedDemo ? await seedDemo(config, database, app, log) : null;
    if (!demoSeed?.seeded) {
      const districts = await listDistricts(database.target.adminUrl);
      if (districts?.length === 0) {
        log(
          '数据库中还没有任何区：请用 npm run admin -- create-district --code <区划代码> --name <区名> ' +
            '--admin-username <用户名> 创建第一个区及其区级管理员（见 README：Production checklist）',
        );
      }
    }
    await app.listen(config.port, config.host);
    const stopObjectionJob = startOverdueObjectionsJob(app, database.target.adminUrl, log);
    const stopPointsJobs = startPointsJobs(app, database.target.adminUrl, log);
    const stopDigestLog = startDigestLogJob(app, database.target.adminUrl, log);
    const stopFigures = startFiguresJob(app, database.target.adminUrl, log);
    const stopAnomalies = startAnomalyJob(app, database.target.adminUrl, log);
    const stopJobs = async () => {
      stopObjectionJob();
      stopPointsJobs();
      await Promise.all([stopDigestLog(), stopFigures(), stopAnomalies()]);
    };
    const port = (app.getHttpServer().address() as { port: number } | null)?.port ?? config.port;
    const shown = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
    const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/graphql`;
    log(
      `GraphQL 服务已启动：${url}（监听 ${config.host}:${port}${database.embedded ? '，内置数据库' : ''}）`,
    );
    const running = app;
    return {
      app: running,
      config,
      database,
      demoSeed,
      url,
      stop: async () => {
        await stopJobs();
        await running.close();
        await database.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}

async function seedDemo(
  config: AppConfig,
  database: DatabaseRuntime,
  app: INestApplication,
  log: (line: string) => void,
): Promise<DemoSeedResult> {
  const result = await seedDemoData(database.target.adminUrl, app.get(TenantDb), {
    demoPassword: config.demoPassword,
    passwordHashCost: config.auth.passwordHashCost,
    piiKey: database.piiKey,
    activity: app,
  });
  if (result.seeded) {
    // In production the password is never the default (loadConfig refuses it) and never printed.
    const password =
      config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : '环境变量 DEMO_PASSWORD 的值';
    log(`已写入演示数据：文登区及其镇、村。演示账号（密码：${password}）：`);
    for (const user of DEMO_USERS) log(`  ${user.username.padEnd(18)} ${user.role.padEnd(15)} ${user.unit}`);
    if (result.activity) {
      const { declarations, tallies, ms, incentives } = result.activity;
      log(
        `演示积分活动：去年全年与今年至今的 ${declarations} 条申报、${tallies} 次核算（${(ms / 1000).toFixed(1)} 秒）`,
      );
      log(
        `演示结果运用：兑换点与兑换、评先选优、负面约束与资金发放方案共 ${incentives.steps} 步（${incentives.ms} 毫秒）`,
      );
    }
  } else {
    // Not the demo's accounts necessarily (a real district, or a demo changed since): no list here.
    log(result.reason ?? '未写入演示数据');
  }
  return result;
}
