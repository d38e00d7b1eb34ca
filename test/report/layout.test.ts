import { analyse, DEFAULT_SETTINGS } from '../../src/analysis';
import type { Problem, SupplierRow } from '../../src/input/types';
import { buildReport, GRID_WIDTH, MATRIX_LAYOUT, MESSAGE_WIDTH, SheetPlan } from '../../src/report';
import { fitWidth, wrappedLines } from '../../src/report/fit';
import { find } from './plan-helpers';
import { fixture, PROBLEMS } from './fixture';

const LONG = 'Koninklijke Nederlandse Facilitaire Dienstverlening Holding BV'; // 62 characters
const MEDIUM = 'Noordelijke Schoonmaak- en Glazenwassers Combinatie'; // 51 characters

function sup(supplier: string, calculative: number, affective: number, row: number): SupplierRow {
  return { supplier, period: 'Q1', calculative, affective, activity: 4, constructiveness: 4, source: { sheet: 'S', row } };
}

const plansWith = (names: string[], problems: Problem[] = []): SheetPlan[] =>
  buildReport(
    analyse({ suppliers: names.map((n, i) => sup(n, 4, 4, i + 2)), incidents: [], managers: [], problems }, DEFAULT_SETTINGS),
    DEFAULT_SETTINGS,
    () => 'A problem message that is deliberately long so that it cannot possibly fit on one line of the message column, '.repeat(2),
  );
const byKey = (plans: SheetPlan[], key: string): SheetPlan => plans.find((p) => p.key === key)!;

describe('text fitting', () => {
  it('sizes a column to its longest text plus padding, within bounds', () => {
    expect(fitWidth(['abc', 'abcdefghij'], 5, 40)).toBe(12);
    expect(fitWidth(['a'], 8, 40)).toBe(8);
    expect(fitWidth(['x'.repeat(100)], 8, 40)).toBe(40);
  });

  it('counts wrapped lines at word boundaries, breaking words longer than the column', () => {
    expect(wrappedLines('aaaa bbbb cccc', 9)).toBe(2); // "aaaa bbbb" | "cccc"
    expect(wrappedLines('aaaa bbbb cccc', 14)).toBe(1);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines('one\ntwo', 40)).toBe(2);
  });
});

describe('column widths follow the names', () => {
  it('widens the supplier column for a long name, up to a cap', () => {
    const short = byKey(plansWith(['Ab', 'Cd']), 'rmo.results').columnWidths[0];
    const medium = byKey(plansWith(['Ab', MEDIUM]), 'rmo.results').columnWidths[0];
    const long = byKey(plansWith(['Ab', LONG + LONG]), 'rmo.results').columnWidths[0];
    expect(medium).toBeGreaterThanOrEqual(MEDIUM.length);
    expect(short).toBeLessThan(medium);
    expect(long).toBeLessThan((LONG + LONG).length);
    expect(long).toBeGreaterThan(medium);
    expect(byKey(plansWith(['Ab', MEDIUM]), 'rmo.review').columnWidths[0]).toBeGreaterThanOrEqual(MEDIUM.length);
  });

  it('wraps a quadrant name longer than the grid column and gives its row the extra height', () => {
    const p = byKey(plansWith([MEDIUM]), 'rmo.typology');
    const [, right] = MATRIX_LAYOUT.gridCols;
    expect(p.columnWidths[right]).toBe(GRID_WIDTH);
    const hit = find(p, MEDIUM).find((h) => h.col === right)!;
    expect(p.styles.some((s) => s.style.wrap && s.rect.col === right && s.rect.row <= hit.row && hit.row < s.rect.row + s.rect.rows)).toBe(true);
    expect(p.rowHeights?.[hit.row]).toBeGreaterThanOrEqual(30);
    // The chart data's supplier column shows the whole name.
    expect(p.columnWidths[MATRIX_LAYOUT.dataCol]).toBeGreaterThanOrEqual(MEDIUM.length);
  });

  it('makes the chart data headers as wide as their text', () => {
    const p = byKey(plansWith(['Ab']), 'rmo.typology');
    expect(p.columnWidths[MATRIX_LAYOUT.dataCol + 1]).toBeGreaterThanOrEqual('Calculative commitment'.length);
    expect(p.columnWidths[MATRIX_LAYOUT.dividerCol + 2]).toBeGreaterThanOrEqual('Horizontal split (x)'.length);
  });
});

describe('problems sheet', () => {
  const p = byKey(plansWith(['Ab'], PROBLEMS), 'rmo.problems');

  it('wraps the message column at a readable width instead of letting messages run past it', () => {
    expect(p.columnWidths[4]).toBe(MESSAGE_WIDTH);
    expect(p.columnWidths[4]).toBeGreaterThanOrEqual(60);
    expect(p.styles.some((s) => s.style.wrap && s.rect.col <= 4 && 4 < s.rect.col + s.rect.cols && s.rect.row === 1 && s.rect.rows === PROBLEMS.length)).toBe(true);
  });

  it('gives every message row the height of its wrapped text', () => {
    // The message is about 230 characters: three lines of 90.
    for (let r = 1; r <= PROBLEMS.length; r++) expect(p.rowHeights?.[r]).toBe(45);
  });

  it('keeps the header frozen', () => {
    expect(p.freezeRows).toBe(1);
  });
});

describe('review sheet', () => {
  it('gives each row the height of its longest wrapped answer', () => {
    const p = byKey(buildReport(fixture(), DEFAULT_SETTINGS, () => ''), 'rmo.review');
    const heights = Object.values(p.rowHeights ?? {});
    expect(heights.length).toBeGreaterThan(0);
    // Each review answer is two or more sentences in a 60-wide column: at least two lines.
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(30);
  });
});

describe('matrix note', () => {
  it('states the scale and the split under the title, in the chosen language', () => {
    const nl = { ...DEFAULT_SETTINGS, language: 'nl' as const };
    const en = byKey(buildReport(fixture(), DEFAULT_SETTINGS, () => ''), 'rmo.typology');
    const du = byKey(buildReport(fixture(nl), nl, () => ''), 'rmo.typology');
    const note = (p: SheetPlan) => p.blocks.find((b) => b.row === MATRIX_LAYOUT.noteRow && b.col === 0)!.values[0][0] as string;
    expect(note(en)).toContain('split at 3');
    expect(note(du)).toContain('splitsing bij 3');
  });
});
