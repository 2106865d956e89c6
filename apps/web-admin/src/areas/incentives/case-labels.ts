/** The case kinds and the outcomes that close each, as the village's cadres name them. */
export const CASE_KIND: Record<string, string> = {
  RECTIFICATION: '代表限期整改',
  PARTY_HANDLING: '党员处置',
  MENTORING: '一对一帮扶',
};
export const CASE_OUTCOMES: Record<string, { value: string; label: string }[]> = {
  RECTIFICATION: [
    { value: 'RECTIFIED', label: '整改到位' },
    { value: 'SEAT_ENDED', label: '终止代表资格（解除黄色契约并启动补选）' },
  ],
  PARTY_HANDLING: [{ value: 'HANDLED', label: '党支部已处置' }],
  MENTORING: [{ value: 'MENTORED', label: '帮扶结束' }],
};
