import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { AppException } from '@village/platform-common';
import { describeStartupError } from '../../apps/api/src/runtime/startup-errors';
import { createDistrict } from './create-district';

const USAGE = `用法 (usage):
  npm run admin -- create-district --code <区划代码> --name <区名> --admin-username <用户名> [--admin-name <显示名>]

  例：npm run admin -- create-district --code 371003 --name 文登区 --admin-username wendeng-admin

  在还没有任何区的数据库中创建第一个区及其区级管理员（DISTRICT_ADMIN），并打印一次性密码（只打印这一次）。
  使用与服务相同的环境变量（DATABASE_URL、PII_KEY… 或内置数据库的 DATA_DIR、EMBEDDED_PG_PORT）；
  内置数据库模式下请先停止服务（数据目录同一时间只能由一个进程使用）。`;

/** Exit code: 0 done, 1 refused or failed, 2 wrong usage. */
export async function runAdmin(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'create-district') {
    err(command ? `未知命令：${command}\n\n${USAGE}` : USAGE);
    return 2;
  }
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        code: { type: 'string' },
        name: { type: 'string' },
        'admin-username': { type: 'string' },
        'admin-name': { type: 'string' },
      },
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const missing = ['code', 'name', 'admin-username'].filter((option) => !values[option]?.trim());
  if (missing.length) {
    err(`缺少参数：${missing.map((option) => `--${option}`).join('、')}\n\n${USAGE}`);
    return 2;
  }
  try {
    const result = await createDistrict(
      {
        code: values.code ?? '',
        name: values.name ?? '',
        adminUsername: values['admin-username'] ?? '',
        adminDisplayName: values['admin-name'],
      },
      env,
      out,
    );
    if (!result.created) {
      err('数据库中已有区，未做任何改动（create-district 只用于第一个区）：');
      for (const district of result.existing) {
        err(`  ${district.code}  ${district.name}（创建于 ${district.createdAt.toISOString()}）`);
      }
      err('其余的管理员账号请由区级管理员在系统中创建。');
      return 1;
    }
    out(
      `已创建区 ${values.name?.trim()}（编码 ${values.code?.trim()}）及其区级管理员 ${values['admin-username']?.trim()}。`,
    );
    out(`一次性密码（只显示这一次，请妥善转交）：${result.oneTimePassword}`);
    out('这是一次性密码：首次登录后须先修改密码才能进行其他操作；不要把它保存在聊天记录或共享文档中。');
    return 0;
  } catch (error) {
    if (error instanceof AppException) {
      const fields = error.fields.map((f) => `${f.field}：${f.reasons.join('，')}`).join('；');
      err(`未创建：${error.message}${fields ? `（${fields}）` : ''}`);
      return 1;
    }
    err(`未创建：${describeStartupError(error, env)}`);
    return 1;
  }
}

if (require.main === module) {
  runAdmin(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
