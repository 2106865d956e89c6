import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_FIGURES } from '../dashboards/base-figures';
import { baseFigureDescription, openDataColumns, openDataColumnsMarkdown } from './open-data-columns';

const DOC = join(__dirname, '../../../../docs/open-data-format.md');
const START = '<!-- columns:start -->';
const END = '<!-- columns:end -->';

/** The column table of the document as [key, description] pairs, whatever prettier did to its spacing. */
function documentedColumns(text: string): [string, string][] {
  const block = text.slice(text.indexOf(START) + START.length, text.indexOf(END));
  return block
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|'));
      return [cells[0].replace(/`/g, ''), cells[1]];
    });
}

describe('open-data columns and their document (docs/open-data-format.md §5)', () => {
  it('says what every base figure means, from the figure definitions', () => {
    const missing = BASE_FIGURES.filter((f) => !baseFigureDescription(f));
    // A new base figure needs a figure that uses it, or a line in open-data-columns.ts's UNUSED_BY_FIGURES.
    expect(missing).toEqual([]);
    expect(baseFigureDescription('contract_residents')).toContain('契约覆盖率');
    expect(baseFigureDescription('residents')).toContain('分母');
    expect(baseFigureDescription('stars_0')).toContain('只在 period_kind = YEAR 的行有值');
  });

  it('has one column per base figure, after the place and period, in BASE_FIGURES order', () => {
    const keys = openDataColumns().map((c) => c.key);
    expect(keys.slice(9, 9 + BASE_FIGURES.length)).toEqual([...BASE_FIGURES]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is listed, column by column, in the format document', () => {
    let text = readFileSync(DOC, 'utf8');
    if (process.env.UPDATE_DOCS === '1') {
      const before = text.slice(0, text.indexOf(START) + START.length);
      text = `${before}\n\n${openDataColumnsMarkdown()}\n\n${text.slice(text.indexOf(END))}`;
      writeFileSync(DOC, text);
    }
    const expected = openDataColumns().map((c) => [c.key, c.description]);
    // When this fails: UPDATE_DOCS=1 npx jest libs/reporting/src/exports/open-data-columns.spec.ts
    expect(documentedColumns(text)).toEqual(expected);
    for (const figure of BASE_FIGURES) expect(text).toContain(`\`${figure}\``);
  });
});
