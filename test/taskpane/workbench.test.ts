/**
 * What the pane shows after a run, computed without a browser: the counts of the three
 * 2×2 pictures, suppliers only in the incidents, the Needs-attention reasons, problem
 * places and messages, plural forms, group summaries and the theme choice. Expected
 * numbers are counted by hand from the example data (src/report/example-data.ts,
 * 2025-Q4 rows, split 3 on the 1–5 scale: a score of 3 or more is high).
 */
import { parseTables, problemText } from '../../src/input';
import type { Problem, RawTable } from '../../src/input/types';
import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { exampleTablesPlans } from '../../src/report/start-sheets';
import type { SheetPlan } from '../../src/report/plan';
import { summaryLines } from '../../src/cli/summary';
import { attentionReasons, problemPlace, summarise } from '../../src/taskpane/summarise';
import { problemMessage } from '../../src/taskpane/problemMessage';
import { announcement, reasonText, stateNote } from '../../src/taskpane/ResultSummary';
import { problemCounts } from '../../src/i18n';
import { groupSummary, SETTING_GROUPS } from '../../src/taskpane/SettingsFields';
import { detectedHeader, headerChoices } from '../../src/taskpane/MappingSection';
import { defaultForm, SETTING_FIELDS, validateForm } from '../../src/taskpane/settingsForm';
import { luminance, themeKind } from '../../src/taskpane/theme';
import { plural, catalogue } from '../../src/i18n';

/** A plan's cells as the shells would read them back: one RawTable per sheet. */
function rawOf(plan: SheetPlan): RawTable {
  const grid: unknown[][] = [];
  for (const b of plan.blocks) b.values.forEach((r, i) => r.forEach((v, j) => ((grid[b.row + i] ??= [])[b.col + j] = v)));
  return { sheet: plan.name, table: plan.tables?.[0]?.name, firstRow: 1, firstCol: 1, values: grid.map((r) => Array.from(r, (v) => v ?? null)) };
}

const EN = { ...DEFAULT_SETTINGS, language: 'en' as const };

function exampleRun() {
  const input = parseTables(exampleTablesPlans(EN).map(rawOf), EN);
  const result = analyse(input, EN);
  return { input, result, summary: summarise(input, result, ['RMO Results'], problemMessage, 'RMO Results') };
}

describe('summarise on the example tables', () => {
  const { result, summary } = exampleRun();

  it('counts 12 suppliers like the command line, with Globex Ltd (only in the incidents) apart', () => {
    expect(summary.suppliers).toBe(12);
    expect(summaryLines(result, 'out.xlsx', 'en', problemText)[0]).toBe('Suppliers analysed: 12');
    expect(summary.onlyInIncidents).toEqual(['Globex Ltd']);
    expect(summary.lines.map((l) => l.name)).not.toContain('Globex Ltd');
  });

  it('counts types, reactions and roles by hand from the Q4 scores; each picture adds up to 12', () => {
    expect(summary.typeCounts).toEqual({ pillar: 5, prospect: 1, hostage: 3, freeRider: 3 });
    expect(summary.reactionCounts).toEqual({ voice: 5, loyalty: 2, exit: 3, neglect: 2 });
    // Roles come from the managers: each of the four looks after three suppliers.
    expect(summary.roleCounts).toEqual({ representative: 3, butler: 3, nanny: 3, accountant: 3 });
  });

  it('gives each supplier its row on the results sheet (grouped by type, header on row 0)', () => {
    const pillars = summary.lines.filter((l) => l.type === 'pillar');
    // Pillars come first, by name: Atlas Catering is the first data row.
    expect(pillars.map((l) => [l.name, l.resultsRow])).toEqual([
      ['Atlas Catering', 1],
      ['Quantum Payroll BV', 2],
      ['Rijnmond Security', 3],
      ['Van Dijk Logistiek', 4],
      ['Zenith Telecom', 5],
    ]);
  });

  it('lists Nordic Cloud Services as needing attention: prospect → free rider, and exit', () => {
    const nordic = summary.attention.find((a) => a.name === 'Nordic Cloud Services');
    expect(nordic?.reasons).toEqual(expect.arrayContaining([{ reason: 'worse', params: { from: 'prospect', to: 'freeRider' } }, { reason: 'exit' }]));
    expect(reasonText({ reason: 'worse', params: { from: 'prospect', to: 'freeRider' } }, 'nl')).toBe('naar een slechter type: Prospect → Meelifter');
    // A pillar with a voice reaction and a normal appreciation needs none.
    expect(summary.attention.map((a) => a.name)).not.toContain('Atlas Catering');
  });

  it('the only problem is the incident supplier missing from the supplier table: one warning', () => {
    expect([summary.errorCount, summary.warningCount]).toEqual([0, 1]);
    expect(problemCounts(0, 1, 'en')).toBe('0 errors, 1 warning');
    expect(announcement(summary, 'en')).toBe('Analysis done: 12 suppliers; 0 errors, 1 warning.');
  });
});

describe('attention reasons', () => {
  const base = { name: 'X', prolonged: false, daysOutside: 0, resultsRow: 1 };
  it('names critical, prolonged (with its days), a worse move, exit and neglect, and a damaged relationship state first', () => {
    expect(attentionReasons({ ...base, status: 'critical', prolonged: true, daysOutside: 75.4, reaction: 'neglect', state: 'damaged' })).toEqual([
      { reason: 'state', params: { state: 'damaged' } },
      { reason: 'critical' },
      { reason: 'prolonged', params: { days: 75 } },
      { reason: 'neglect' },
    ]);
    expect(attentionReasons({ ...base, status: 'euphoria', reaction: 'voice', lastMove: { from: 'hostage', to: 'pillar', direction: 'better' } })).toEqual([]);
  });

  it('list a plain supplier relationship and an ending one, but not partnership, under pressure or recovering (docs/method.md)', () => {
    expect(attentionReasons({ ...base, state: 'degraded' })).toEqual([{ reason: 'state', params: { state: 'degraded' } }]);
    expect(attentionReasons({ ...base, state: 'ending' })).toEqual([{ reason: 'state', params: { state: 'ending' } }]);
    for (const state of ['partnership', 'underPressure', 'recovering'] as const) expect(attentionReasons({ ...base, state })).toEqual([]);
    // In the method's words, as the sheets name the state.
    expect(reasonText({ reason: 'state', params: { state: 'degraded' } }, 'en')).toBe('relationship state: Plain supplier relationship');
    expect(reasonText({ reason: 'state', params: { state: 'ending' } }, 'nl')).toBe('relatietoestand: ' + catalogue('nl').method.states.ending);
    expect(reasonText({ reason: 'state', params: { state: 'damaged' } }, 'nl')).toBe('relatietoestand: ' + catalogue('nl').method.states.damaged);
  });

  it('show the state beside the name when it is not itself the reason', () => {
    expect(stateNote('underPressure', [{ reason: 'critical' }], 'en')).toBe(' (Under pressure)');
    expect(stateNote('damaged', [{ reason: 'state', params: { state: 'damaged' } }], 'en')).toBe('');
    expect(stateNote(undefined, [{ reason: 'exit' }], 'en')).toBe('');
  });
});

describe('problems in the pane', () => {
  const p: Problem = { code: 'notANumber', severity: 'error', sheet: 'Suppliers', row: 4, column: 'Affective (C)', value: 'high' };

  it('point at their cell: zero-based row and the column letter in brackets', () => {
    expect(problemPlace(p)).toEqual({ sheet: 'Suppliers', row: 3, col: 2 });
    expect(problemPlace({ ...p, row: 12, column: 'Impact (AB)' })).toEqual({ sheet: 'Suppliers', row: 11, col: 27 });
    expect(problemPlace({ ...p, row: undefined, column: undefined })).toEqual({ sheet: 'Suppliers' });
  });

  it('show their message without the place (shown once, as the link)', () => {
    expect(problemMessage(p, 'en')).toBe('"high" is not a number.');
    expect(problemMessage(p, 'nl')).toBe('"high" is geen getal.');
    expect(problemMessage({ code: 'missingColumn', severity: 'error', sheet: 'S', params: { headerRow: 1, field: 'impact' } }, 'en')).toBe(
      'the table with headers on row 1 has no column "Impact".',
    );
  });

  it('counts errors and warnings with singular and plural in both languages', () => {
    expect(problemCounts(3, 4, 'en')).toBe('3 errors, 4 warnings');
    expect(problemCounts(1, 1, 'en')).toBe('1 error, 1 warning');
    expect(problemCounts(3, 4, 'nl')).toBe('3 fouten, 4 waarschuwingen');
    expect(problemCounts(1, 1, 'nl')).toBe('1 fout, 1 waarschuwing');
    expect(plural(catalogue('nl').workbench.suppliersCount, 1, 'nl')).toBe('1 leverancier');
  });
});

describe('settings groups', () => {
  it('show the current values on the collapsed header, or that a field needs correcting', () => {
    const form = defaultForm('en');
    const ok = validateForm(form, 'en').errors;
    expect(groupSummary('scale', form, ok, 'en')).toBe('1–5, split 3');
    expect(groupSummary('impact', form, ok, 'en')).toBe('-5 to 5');
    // Empty analysis date = today (docs/decisions.md, analysisDate rule); empty party = client.
    expect(groupSummary('date', form, ok, 'nl')).toBe('vandaag');
    expect(groupSummary('party', form, ok, 'nl')).toBe('opdrachtgever (standaard)');
    const supplierView = { ...form, defaultParty: 'leverancier' };
    expect(groupSummary('party', supplierView, validateForm(supplierView, 'nl').errors, 'nl')).toBe('leverancier');
    const wrongParty = { ...form, defaultParty: 'bank' };
    expect(groupSummary('party', wrongParty, validateForm(wrongParty, 'en').errors, 'en')).toBe('to correct');
    const bad = { ...form, scaleMin: '5', scaleMax: '1' };
    expect(groupSummary('scale', bad, validateForm(bad, 'en').errors, 'en')).toBe('to correct');
  });
});

describe('settings groups cover the form', () => {
  it('place every settings field in exactly one group', () => {
    const grouped = Object.values(SETTING_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...SETTING_FIELDS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});

describe('column-name choices', () => {
  const choices = [
    { sheet: 'Log', kind: 'incident' as const, rows: 3, headers: ['Vendor', 'When', 'Impact'], detected: { supplier: 'Vendor', impact: 'Impact' } },
    { sheet: 'Scores', kind: 'supplier' as const, rows: 3, headers: ['Supplier', 'Affective', 'Calc'], detected: { supplier: 'Supplier', affective: 'Affective' } },
  ];
  it('show the header found, preferring the tables of the field’s kind, and offer that kind’s real headers', () => {
    expect(detectedHeader(choices, 'supplier', 'supplier')).toBe('Supplier');
    expect(detectedHeader(choices, 'incident', 'impact')).toBe('Impact');
    expect(detectedHeader(choices, 'incident', 'date')).toBeUndefined();
    expect(headerChoices(choices, 'incident')).toEqual(['Vendor', 'When', 'Impact']);
    // No manager table found: every table's headers, each once.
    expect(headerChoices(choices, 'manager')).toEqual(['Vendor', 'When', 'Impact', 'Supplier', 'Affective', 'Calc']);
  });
});

describe('theme', () => {
  it('follows Office: dark backgrounds give the dark theme, forced colours the high-contrast one', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(themeKind({ bodyBackgroundColor: '#FFFFFF' }, false)).toBe('light');
    expect(themeKind({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#E6E6E6', isDarkTheme: true }, false)).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe('highContrast');
    expect(themeKind(undefined, false)).toBe('light');
  });
});
