import { SubjectType, registerLabelledEnum } from '@village/platform-common';

/** The five-colour contracts (五色契约, docs/domain.md §9): one colour per kind of subject. */
export enum ContractColour {
  RED = 'RED',
  YELLOW = 'YELLOW',
  BLUE = 'BLUE',
  GREEN = 'GREEN',
  SILVER = 'SILVER',
}

export const CONTRACT_COLOURS: readonly ContractColour[] = [
  ContractColour.RED,
  ContractColour.YELLOW,
  ContractColour.BLUE,
  ContractColour.GREEN,
  ContractColour.SILVER,
];

export const CONTRACT_COLOUR_LABELS: Record<ContractColour, string> = {
  [ContractColour.RED]: '红色·先锋契约',
  [ContractColour.YELLOW]: '黄色·模范契约',
  [ContractColour.BLUE]: '蓝色·自治契约',
  [ContractColour.GREEN]: '绿色·服务契约',
  [ContractColour.SILVER]: '银色·调解契约',
};

/** Who signs each colour. BLUE is signed per household (by villagers), the others per person. */
export const COLOUR_SUBJECT: Record<ContractColour, SubjectType> = {
  [ContractColour.RED]: SubjectType.PARTY_MEMBER,
  [ContractColour.YELLOW]: SubjectType.REPRESENTATIVE,
  [ContractColour.BLUE]: SubjectType.VILLAGER,
  [ContractColour.GREEN]: SubjectType.VOLUNTEER,
  [ContractColour.SILVER]: SubjectType.ELDER,
};

/**
 * The colour a subject signs, or null for the village cadre posts: they have no contract of their own
 * (a branch secretary signs the RED contract as the party member they are).
 */
export function colourForSubject(subject: SubjectType): ContractColour | null {
  return CONTRACT_COLOURS.find((c) => COLOUR_SUBJECT[c] === subject) ?? null;
}

/** Whether contracts of this colour are made with a household rather than a person. */
export function isHouseholdColour(colour: ContractColour): boolean {
  return colour === ContractColour.BLUE;
}

registerLabelledEnum(ContractColour, 'ContractColour', '五色契约的颜色', CONTRACT_COLOUR_LABELS);
