/** Chinese names of contract colours and states; a colour is always shown with its name. */
export type ContractColourValue = 'RED' | 'YELLOW' | 'BLUE' | 'GREEN' | 'SILVER';
export type ContractStatusValue = 'DRAFT' | 'SIGNED' | 'TERMINATED';

export const COLOUR_LABELS: Record<ContractColourValue, string> = {
  RED: '红色·先锋契约',
  YELLOW: '黄色·模范契约',
  BLUE: '蓝色·自治契约',
  GREEN: '绿色·服务契约',
  SILVER: '银色·调解契约',
};

/** Who signs each colour (the subject type behind it). */
export const COLOUR_SIGNERS: Record<ContractColourValue, string> = {
  RED: '党员',
  YELLOW: '村民代表',
  BLUE: '户',
  GREEN: '志愿者',
  SILVER: '“五老”',
};

export const COLOUR_TAGS: Record<ContractColourValue, string> = {
  RED: 'red',
  YELLOW: 'gold',
  BLUE: 'blue',
  GREEN: 'green',
  SILVER: 'default',
};

export const STATUS_LABELS: Record<ContractStatusValue, string> = {
  DRAFT: '待签订',
  SIGNED: '已签订',
  TERMINATED: '已解除',
};

export const STATUS_TAGS: Record<ContractStatusValue, string> = {
  DRAFT: 'processing',
  SIGNED: 'success',
  TERMINATED: 'default',
};

export const EVENT_LABELS: Record<'DRAFTED' | 'SIGNED' | 'TERMINATED', string> = {
  DRAFTED: '生成草稿',
  SIGNED: '签订',
  TERMINATED: '解除',
};

export const COLOUR_OPTIONS = Object.entries(COLOUR_LABELS).map(([value, label]) => ({
  value: value as ContractColourValue,
  label,
}));

export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({
  value: value as ContractStatusValue,
  label,
}));
