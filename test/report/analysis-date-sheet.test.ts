import { analyse, DEFAULT_SETTINGS, Settings } from '../../src/analysis';
import { resultsSheet } from '../../src/report';
import { inc, input, JAN1, sup } from '../analysis/fixtures';
import { cellAt, find } from './plan-helpers';

// JAN1 is Excel serial 45658 = 2025-01-01; +90 days = 2025-04-01 (serial 45748).
const data = input({
  suppliers: [sup('Acme', { period: '2025-Q1', affective: 4, calculative: 4 }), sup('Acme', { period: '2025-Q3', affective: 2, calculative: 2 })],
  incidents: [inc('Acme', JAN1 + 5, -2)],
});

/** The cells under the Results sheet's "Analysis date" heading: [date, source] and the line below. */
function dateCells(settings: Settings, heading: string) {
  const plan = resultsSheet(analyse(data, settings), settings);
  const [h] = find(plan, heading);
  expect(h).toBeDefined();
  return {
    date: cellAt(plan, h.row + 1, h.col)?.value,
    source: cellAt(plan, h.row + 1, h.col + 1)?.value,
    below: cellAt(plan, h.row + 2, h.col)?.value,
    format: plan.styles.find((s) => s.rect.row === h.row + 1 && s.rect.col === h.col && s.style.numberFormat)?.style.numberFormat,
  };
}

describe('Results states the analysis date and its source (one analysis date, issue 6)', () => {
  it('a date set by the user, with the periods after it that were left out', () => {
    const en = dateCells({ ...DEFAULT_SETTINGS, asOf: JAN1 + 90 }, 'Analysis date');
    expect(en).toEqual({
      date: 45748,
      source: 'set by the user (the analysis date setting or --as-of)',
      below: 'Periods after the analysis date, left out: 2025-Q3',
      format: 'yyyy-mm-dd',
    });
  });

  it('today when no date is set, in Dutch', () => {
    const nl = dateCells({ ...DEFAULT_SETTINGS, language: 'nl', today: JAN1 + 10 }, 'Peildatum');
    expect(nl.date).toBe(45668);
    expect(nl.source).toBe('vandaag (geen peildatum ingesteld)');
    // Today (2025-01-11) is before 2025-Q3 as well.
    expect(nl.below).toBe('Perioden na de peildatum, weggelaten: 2025-Q3');
  });
});
