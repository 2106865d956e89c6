import { todayInChina } from '@village/platform-common';

/**
 * The year the demo rulebook, contracts and rotas are set up for: the current year in China, so a
 * newcomer always finds a working year, and tests that act "today" always find an adopted list.
 */
export const DEMO_YEAR = Number(todayInChina().slice(0, 4));
