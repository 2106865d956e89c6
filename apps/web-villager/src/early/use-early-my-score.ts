import { useEffect, useState } from 'react';
import { EARLY_MY_SCORE_KEY, type EarlyMyScore } from './early-my-score-query';

/**
 * The early answer to the home screen's query (early-my-score.ts), for this year's whole-year view,
 * used once: null until it has arrived, and null for good when it failed, carried errors, or the
 * resident chose another year or quarter.
 */
export function useEarlyMyScore<T>(year: number, quarter: number): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    const early = (window as unknown as Record<string, EarlyMyScore | undefined>)[EARLY_MY_SCORE_KEY];
    if (!early || early.year !== year || quarter !== 0) return;
    let current = true;
    void early.answer.then((answer) => {
      if (current && answer?.data && !answer.errors) setData(answer.data as T);
    });
    return () => {
      current = false;
    };
  }, [year, quarter]);
  return quarter === 0 ? data : null;
}
