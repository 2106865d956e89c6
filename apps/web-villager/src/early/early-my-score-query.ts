/** Where public/early-my-score.js leaves the early answer to the home screen's query, on the window. */
export const EARLY_MY_SCORE_KEY = '__villageEarlyMyScore';

export interface EarlyMyScore {
  year: number;
  /** The API's JSON answer ({ data, errors }), or null when the request failed. */
  answer: Promise<{ data?: unknown; errors?: unknown[] } | null>;
}
