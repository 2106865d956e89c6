import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/**
 * Writes `section` (which starts with `start` and ends with `end`) into README.md in place of the
 * previous one, or, the first time, just before `before`; formatted as the repository formats markdown.
 */
export async function writeReadmeSection(
  path: string,
  markers: { start: string; end: string; before: string },
  section: string,
): Promise<void> {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  let next: string;
  if (start >= 0 && end > start)
    next = readme.slice(0, start) + section + readme.slice(end + markers.end.length);
  else {
    const at = readme.indexOf(markers.before);
    if (at < 0)
      throw new Error(`README.md has neither ${markers.start} … ${markers.end} nor ${markers.before}`);
    next = `${readme.slice(0, at)}${section}\n\n${readme.slice(at)}`;
  }
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}
