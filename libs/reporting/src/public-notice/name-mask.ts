/**
 * A name as a public notice shows it (村务公开: identities masked): the first and last character kept,
 * every one between them a star — 张*明, 欧**明; a two-character name keeps its first (李*). Characters
 * are counted as code points, so a name with a rare character outside the BMP (𠮷) masks alike.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
