import { CapMode } from '../common/item-enums';
import { NO_ACT_RULES } from '../common/item-columns';

/** The point-rule fields of an item with none of the richer rules (for unit tests). */
export const PLAIN_POINT_RULE = {
  pointLevels: null,
  amountBands: null,
  roundingStep: null,
  roundingMode: null,
  perActMax: null,
  capGroup: null,
  capMode: CapMode.REFUSE,
  milestoneSources: null,
  milestoneSpan: null,
  milestones: null,
  ...NO_ACT_RULES,
};
