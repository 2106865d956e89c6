import { CapMode } from '@village/rulebook';

/** The point-rule fields of an item with none of the richer rules (for unit tests). */
export const PLAIN_RULE = {
  unitLabel: null,
  pointLevels: null,
  amountBands: null,
  roundingStep: null,
  roundingMode: null,
  perActMax: null,
  capMode: CapMode.REFUSE,
};
