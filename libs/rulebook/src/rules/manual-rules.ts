import type { FieldError } from '@village/platform-common';

/**
 * Settings a manual must keep for the notice and objection flow to work: a notice of zero days would
 * close before anyone could object, and zero answer days would make every objection overdue on the
 * day it is raised.
 */
export function manualSettingProblems(settings: {
  noticeDays: number;
  objectionAnswerWorkingDays: number;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (settings.noticeDays < 1) {
    problems.push({
      field: 'noticeDays',
      reasons: ['公示天数至少为 1 天，否则公示期当天即结束，无人能提出异议'],
    });
  }
  if (settings.objectionAnswerWorkingDays < 1) {
    problems.push({
      field: 'objectionAnswerWorkingDays',
      reasons: ['异议答复期限至少为 1 个工作日，否则异议一提出即已逾期'],
    });
  }
  return problems;
}

/**
 * A veto item (一票否决) is a district red line; a town may switch it off in its manual only where the
 * district's framework says towns may (score rule `townsMayDisableVetoItems`, off by default).
 */
export function vetoDisableProblems(
  disabledCodes: readonly string[],
  frameworkItems: readonly { code: string; name: string; veto: boolean }[],
  townsMayDisableVetoItems: boolean,
): FieldError[] {
  if (townsMayDisableVetoItems) return [];
  const disabled = new Set(disabledCodes);
  return frameworkItems
    .filter((item) => item.veto && disabled.has(item.code))
    .map((item) => ({
      field: `adjustments.${item.code}.disabled`,
      reasons: [`事项「${item.code} ${item.name}」是区框架的一票否决项，区框架未允许镇停用一票否决项`],
    }));
}
