import { analyse } from '../../src/analysis';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { parseTables } from '../../src/input';
import { reviewSheet } from '../../src/report/review-sheet';
import { REPORT_CAPS } from '../../src/report/caps';
import { cellAt } from './plan-helpers';

function suppliers(n: number) {
  const values: (string | number)[][] = [['Supplier', 'Affective', 'Calculative']];
  for (let i = 0; i < n; i++) values.push([`Supplier ${i + 1}`, 1 + (i % 5), 1 + ((i * 3) % 5)]);
  return analyse(parseTables([{ sheet: 'S', firstRow: 1, firstCol: 1, values }], DEFAULT_SETTINGS), DEFAULT_SETTINGS);
}

describe('the review sheet cap', () => {
  it('lists every supplier up to the cap, without a note', () => {
    const plan = reviewSheet(suppliers(3), DEFAULT_SETTINGS);
    // Header on row 0, three suppliers on rows 1–3, nothing below.
    expect(cellAt(plan, 3, 0)?.value).toMatch(/^Supplier \d$/);
    expect(cellAt(plan, 5, 0)).toBeUndefined();
  });

  it('stops at REPORT_CAPS.reviewRows and says how many of how many it shows', () => {
    const total = REPORT_CAPS.reviewRows + 25;
    const plan = reviewSheet(suppliers(total), DEFAULT_SETTINGS);
    expect(cellAt(plan, REPORT_CAPS.reviewRows, 0)?.value).toMatch(/^Supplier \d+$/);
    expect(cellAt(plan, REPORT_CAPS.reviewRows + 1, 0)).toBeUndefined();
    // One blank row, then the note: 2,000 of 2,025.
    expect(cellAt(plan, REPORT_CAPS.reviewRows + 2, 0)?.value).toBe(`The first ${REPORT_CAPS.reviewRows} of ${total} suppliers, in the order above; the results sheet lists every supplier.`);
  });
});
