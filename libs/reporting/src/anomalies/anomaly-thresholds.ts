/**
 * The thresholds of the anomaly rules (issue 14 item 9). The article gives no numbers, so these are
 * defaults chosen against the demo's scale (DOMAIN.md §2: a year's reward points for the most active
 * villager are about 60); they are read from here by the rules, the GraphQL descriptions and the screen's
 * legend, so one change moves all three. An alert is only ever a prompt to look: a threshold set too low
 * costs a cadre a glance, one set too high hides what the rule is for.
 */
export const ANOMALY_THRESHOLDS = {
  /** POINTS_SWING: |net points| of one resident in one calendar month, at or above. */
  monthlyNetPoints: 20,
  /** NIGHT_BULK: registrations by one account in one night (22:00–06:00 China time), at or above. */
  nightRegistrations: 5,
  /** The night, in China time: from this hour … */
  nightStartsHour: 22,
  /** … to this hour of the next morning. */
  nightEndsHour: 6,
  /** BULK_BY_ONE: registrations by one account within any 60 minutes, at or above. */
  hourlyRegistrations: 30,
  /** EVIDENCE_REUSED: distinct acts (resident, item, day) one evidence file is attached to, at or above. */
  evidenceActs: 2,
} as const;

/**
 * How far back each run looks. Detection is idempotent, so overlapping runs cost only reading; the
 * windows are wide enough that a server stopped over a month end still sees what happened meanwhile.
 */
export const ANOMALY_LOOKBACK = {
  /** Calendar months of acts (by act date) rechecked for POINTS_SWING: this one and the two before,
   * since an act may be registered up to a month late (the manual's lateEntryDays, default 31). */
  months: 3,
  /** Days of registrations and evidence (by when they were entered) rechecked. */
  entryDays: 35,
  /** Days of reviews rechecked for SELF_HOUSEHOLD_REVIEW (households may change long after a review). */
  reviewDays: 400,
  /** Declaration ids kept in one alert's evidence (the count stays exact). */
  evidenceIds: 100,
} as const;
