/**
 * The title of a framework copied to another year: the old year replaced by the new one wherever it
 * stands as a year of its own (not inside a longer number), or the new year appended when the title
 * names none, so next year's draft is never mistaken for this year's.
 */
export function titleForYear(title: string, fromYear: number, toYear: number): string {
  if (fromYear === toYear) return title;
  const year = new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g');
  if (year.test(title)) return title.replace(year, String(toYear));
  const suffix = `（${toYear} 年）`;
  return `${title.slice(0, 100 - suffix.length)}${suffix}`;
}
