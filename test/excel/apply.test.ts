import { applyPlans, APPLY_BASE_SYNCS } from '../../src/excel/apply';
import { SHEET_KEY_PROPERTY, OWNED_SHEETS_SETTING } from '../../src/excel/ownership';
import { EXCEL_REQUEST_LIMIT } from '../../src/excel/payload';
import type { SheetPlan } from '../../src/report/plan';
import { FakeExcel, type SheetModel } from './fake-excel';
import { supplierPlan } from './synthetic-plan';

const OPTS = { ownership: 'customProperties' as const };

function userWorkbook(): { fake: FakeExcel; userSheets: SheetModel[] } {
  const fake = new FakeExcel();
  const data = fake.addSheet('Data', { A1: 'Supplier', B1: 'Affective', A2: 'Acme', B2: 4 });
  data.formats.push({ rect: { row: 0, col: 0, rows: 1, cols: 2 }, path: 'fill.color', value: '#FFFF00' });
  data.columnWidths.set(0, 80);
  // A user's sheet that happens to carry our sheet's name.
  const clash = fake.addSheet('Results', { A1: 'my own notes', C5: 42 });
  clash.customProperties.set('owner', { key: 'owner', value: 'me' });
  return { fake, userSheets: [data, clash] };
}

const keyOf = (s: SheetModel) => s.customProperties.get(SHEET_KEY_PROPERTY.toLowerCase())?.value;

describe('applyPlans', () => {
  it('uses the same number of syncs for 10 and 10,000 suppliers', async () => {
    const small = userWorkbook().fake;
    const large = userWorkbook().fake;
    await applyPlans(small.context, [supplierPlan(10)], OPTS);
    await applyPlans(large.context, [supplierPlan(10_000)], OPTS);
    expect(small.syncCount).toBe(APPLY_BASE_SYNCS);
    expect(large.syncCount).toBe(small.syncCount);
    // Same operations, only bigger payloads: formats and charts do not grow with rows.
    const formatOps = (f: FakeExcel) => f.log.filter((o) => o.kind === 'format').length;
    expect(formatOps(large)).toBe(formatOps(small));
  });

  it('leaves user sheets untouched and renames around a clash', async () => {
    const { fake, userSheets } = userWorkbook();
    const before = userSheets.map((s) => fake.snapshot(s));
    const applied = await applyPlans(fake.context, [supplierPlan(3)], { ...OPTS, activateKey: 'rmo.results' });

    expect(applied).toEqual([{ key: 'rmo.results', name: 'Results (2)' }]);
    expect(userSheets.map((s) => fake.snapshot(s))).toEqual(before);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'Results', 'Results (2)']);
    const ours = fake.sheet('Results (2)')!;
    expect(keyOf(ours)).toBe('rmo.results');
    expect(fake.activeSheetId).toBe(ours.id);
    expect(fake.cell(ours, 1, 0)?.value).toBe('Supplier 1');
    expect(fake.cell(ours, 3, 6)?.value).toBe(0.25);
    expect(ours.freezeRows).toBe(1);
    expect(ours.columnWidths.get(0)).toBeGreaterThan(ours.columnWidths.get(7)!);
  });

  it('on a re-run replaces only its own sheet, in place', async () => {
    const { fake, userSheets } = userWorkbook();
    await applyPlans(fake.context, [supplierPlan(50)], OPTS);
    fake.addSheet('Later user sheet', { A1: 'x' });
    const before = [...userSheets, fake.sheet('Later user sheet')!].map((s) => fake.snapshot(s));
    const namesBefore = fake.sheets.map((s) => s.name);

    await applyPlans(fake.context, [supplierPlan(5)], OPTS);

    expect(fake.sheets.map((s) => s.name)).toEqual(namesBefore);
    expect([...userSheets, fake.sheet('Later user sheet')!].map((s) => fake.snapshot(s))).toEqual(before);
    const ours = fake.sheet('Results (2)')!;
    expect(fake.cell(ours, 5, 0)?.value).toBe('Supplier 5');
    // Rows 6..50 of the first run are gone, and so is the first run's chart.
    expect(fake.cell(ours, 6, 0)).toBeUndefined();
    expect(fake.cell(ours, 50, 1)).toBeUndefined();
    expect(ours.charts).toHaveLength(1);
    expect(fake.sheets.filter((s) => keyOf(s) === 'rmo.results')).toHaveLength(1);
  });

  it('an in-place rewrite also removes the notes, comments and data validation on our sheet, and only there', async () => {
    const { fake } = userWorkbook();
    const withParts: SheetPlan = {
      ...supplierPlan(3),
      validations: [{ kind: 'list', rect: { row: 1, col: 1, rows: 3, cols: 1 }, items: ['a', 'b'] }],
      notes: [{ row: 0, col: 0, text: 'Naam van de leverancier – één per rij' }],
    };
    await applyPlans(fake.context, [withParts], OPTS);
    const ours = fake.sheet('Results (2)')!;
    expect([...ours.notes!.keys()]).toEqual(['A1']);
    expect(ours.validations).toHaveLength(1);
    // The user adds a comment to our sheet, and a note and validation on their own.
    ours.comments = new Map([['C3', 'checked?']]);
    const data = fake.sheet('Data')!;
    data.notes = new Map([['A1', 'mine']]);
    data.validations = [{ rect: { row: 1, col: 1, rows: 1, cols: 1 }, rule: { wholeNumber: {} } }];
    const dataBefore = fake.snapshot(data);

    await applyPlans(fake.context, [supplierPlan(2)], OPTS);

    expect(fake.sheet('Results (2)')).toBe(ours);
    expect(ours.notes?.size ?? 0).toBe(0);
    expect(ours.comments?.size ?? 0).toBe(0);
    expect(ours.validations ?? []).toEqual([]);
    expect(fake.snapshot(data)).toEqual(dataBefore);
    expect(data.notes.get('A1')).toBe('mine');
    expect(data.validations).toHaveLength(1);
  });

  it('replaces its sheet even when it is the only sheet of the workbook', async () => {
    const fake = new FakeExcel();
    await applyPlans(fake.context, [supplierPlan(2)], OPTS);
    fake.sheets.splice(0, fake.sheets.length, fake.sheet('Results')!); // our sheet alone
    await applyPlans(fake.context, [supplierPlan(4)], OPTS);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Results']);
    expect(fake.cell(fake.sheets[0], 4, 0)?.value).toBe('Supplier 4');
  });

  it('does not touch our sheets whose key is not in the plans', async () => {
    const fake = new FakeExcel();
    await applyPlans(fake.context, [supplierPlan(2, { key: 'rmo.review', name: 'Review' })], OPTS);
    const review = fake.snapshot(fake.sheet('Review')!);
    await applyPlans(fake.context, [supplierPlan(3)], OPTS);
    expect(fake.snapshot(fake.sheet('Review')!)).toEqual(review);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Review', 'Results']);
  });

  describe('formula-like user text stays text', () => {
    const risky = ['=SUM(A1)', '+31 6 1234', '-minus', '@home', "'quoted", 'plain'];
    const prose = '-' + 'a long review answer, '.repeat(14); // 309 characters, starts like a formula
    const plan: SheetPlan = {
      key: 'rmo.t',
      name: 'T',
      blocks: [
        { row: 0, col: 0, userText: true, values: [...risky, prose].map((r) => [r]) },
        { row: 0, col: 1, values: [['=1+1'], ['-'], ['+3']] },
      ],
      styles: [],
      columnWidths: {},
      charts: [],
    };

    function expectText(fake: FakeExcel) {
      const ours = fake.sheet('T')!;
      [...risky, prose].forEach((text, i) => {
        expect(fake.cell(ours, i, 0)?.value).toBe(text);
        expect(fake.cell(ours, i, 0)?.formula).toBeUndefined();
      });
      // Outside user text only "=" is escaped; our own "-" and "+3" labels stay as they are.
      const other = fake.log.find((o) => o.kind === 'values' && o.address === 'T!B1:B3')!;
      expect(other.value).toEqual([["'=1+1"], ['-'], ['+3']]);
      expect(fake.cell(ours, 0, 1)?.formula).toBeUndefined();
    }

    it('as typed StringCellValues (ExcelApi 1.16), with the Text format only where it displays', async () => {
      const fake = new FakeExcel();
      await applyPlans(fake.context, [plan], { ...OPTS, textMode: 'valuesAsJson' });
      const formatIdx = fake.log.findIndex((o) => o.kind === 'numberFormat' && o.address === 'T!A1:A7');
      const valuesIdx = fake.log.findIndex((o) => o.kind === 'valuesAsJson' && o.address === 'T!A1:A7');
      // Six short texts get "@"; the 309-character answer keeps General (a Text cell beyond 255 shows ####).
      expect(fake.log[formatIdx].value).toEqual([['@'], ['@'], ['@'], ['@'], ['@'], ['@'], ['General']]);
      expect(formatIdx).toBeLessThan(valuesIdx);
      expect(fake.log[valuesIdx].value).toEqual([...risky, prose].map((t) => [{ type: 'String', basicValue: t }]));
      expect(fake.log.some((o) => o.kind === 'values' && o.address === 'T!A1:A7')).toBe(false);
      expectText(fake);
      expect(fake.cell(fake.sheet('T')!, 6, 0)?.numberFormat).toBe('General');
    });

    it('with the quote-prefix on older hosts, again with the Text format only where it displays', async () => {
      const fake = new FakeExcel();
      await applyPlans(fake.context, [plan], { ...OPTS, textMode: 'quotePrefix' });
      const formatIdx = fake.log.findIndex((o) => o.kind === 'numberFormat' && o.address === 'T!A1:A7');
      const valuesIdx = fake.log.findIndex((o) => o.kind === 'values' && o.address === 'T!A1:A7');
      expect(fake.log[formatIdx].value).toEqual([['@'], ['@'], ['@'], ['@'], ['@'], ['@'], ['General']]);
      expect(formatIdx).toBeLessThan(valuesIdx);
      expect(fake.log[valuesIdx].value).toEqual([["'=SUM(A1)"], ["'+31 6 1234"], ["'-minus"], ["'@home"], ["''quoted"], ['plain'], [`'${prose}`]]);
      expectText(fake);
    });
  });

  it('styles per rectangle, not per cell', async () => {
    const fake = new FakeExcel();
    const plan = supplierPlan(1000);
    await applyPlans(fake.context, [plan], OPTS);
    const fills = fake.log.filter((o) => o.kind === 'format' && o.path === 'fill.color');
    expect(fills).toHaveLength(plan.styles.filter((s) => s.style.fill !== undefined).length);
    expect(fills.map((f) => f.address)).toEqual(['Results!A1:H1', 'Results!H2:H501', 'Results!H502:H1001']);
    const header = fake.sheet('Results')!.formats.filter((f) => f.rect.row === 0 && f.rect.cols === 8);
    expect(header.map((f) => f.path).sort()).toEqual(
      [
        'borders.EdgeBottom.style',
        'borders.EdgeLeft.style',
        'borders.EdgeRight.style',
        'borders.EdgeTop.style',
        'borders.InsideVertical.style',
        'fill.color',
        'font.bold',
        'font.color',
      ].sort(),
    );
  });

  it('wraps text per rectangle and asks Excel to fit those rows, after the values are written', async () => {
    const fake = new FakeExcel();
    const plan: SheetPlan = {
      key: 'rmo.review',
      name: 'Review',
      blocks: [{ row: 0, col: 0, values: [['a long text'], ['another long text']] }],
      styles: [{ rect: { row: 0, col: 0, rows: 2, cols: 1 }, style: { wrap: true } }],
      columnWidths: {},
      charts: [],
    };
    await applyPlans(fake.context, [plan], OPTS);
    const ops = fake.log.filter((o) => o.address === 'Review!A1:A2');
    expect(ops.map((o) => o.kind === 'format' ? o.path : o.kind)).toEqual(['values', 'wrapText', 'autofitRows']);
  });

  it('builds the scatter chart from explicit ranges with labelled points', async () => {
    const fake = new FakeExcel();
    await applyPlans(fake.context, [supplierPlan(4)], OPTS);
    const chart = fake.sheet('Results')!.charts[0];
    expect(chart.type).toBe('XYScatter');
    const calls = chart.ops.filter((o) => o.args).map((o) => `${o.path}:${o.args!.join('|')}`);
    expect(calls).toContain('series.getItemAt(0).setXAxisValues:Results!C2:C5');
    expect(calls).toContain('series.getItemAt(0).setValues:Results!B2:B5');
    expect(calls).toContain('series.add(split x).setXAxisValues:Results!K1:K2');
    const sets = new Map(chart.ops.filter((o) => !o.args).map((o) => [o.path, o.value]));
    expect(sets.get('axes.categoryAxis.minimum')).toBe(1);
    expect(sets.get('axes.valueAxis.maximum')).toBe(5);
    expect(sets.get('series.getItemAt(0).points.getItemAt(3).dataLabel.formula')).toBe("='Results'!$A$5");
    expect(sets.get('series.add(split x).markerStyle')).toBe('None');
  });

  it('chunks a huge block so every request stays under 5 MB', async () => {
    const fake = new FakeExcel();
    const n = 100_000;
    await applyPlans(fake.context, [supplierPlan(n)], OPTS);
    expect(fake.largestRequest).toBeLessThan(EXCEL_REQUEST_LIMIT);
    expect(fake.requests.every((r) => r.bytes < EXCEL_REQUEST_LIMIT)).toBe(true);
    // The numeric block was split into several writes that together cover every row exactly once.
    const writes = fake.log.filter((o) => o.kind === 'values' && /^Results!B\d+:G\d+$/.test(o.address!));
    expect(writes.length).toBeGreaterThan(1);
    const spans = writes.map((w) => w.address!.match(/B(\d+):G(\d+)/)!.slice(1).map(Number));
    expect(spans[0][0]).toBe(2);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1] + 1);
    expect(spans[spans.length - 1][1]).toBe(n + 1);
    expect(fake.cell(fake.sheet('Results')!, n, 5)?.value).toBe(n - 1);
    // More bytes than one request can carry → a few extra syncs, bounded by total bytes.
    expect(fake.syncCount).toBeGreaterThan(APPLY_BASE_SYNCS);
    expect(fake.syncCount).toBeLessThanOrEqual(APPLY_BASE_SYNCS + Math.ceil(fake.totalBytes / (3 * 1024 * 1024)));
  });

  it('falls back to a workbook setting for ownership', async () => {
    const { fake, userSheets } = userWorkbook();
    const before = userSheets.map((s) => fake.snapshot(s));
    await applyPlans(fake.context, [supplierPlan(3)], { ownership: 'settings' });
    expect(fake.syncCount).toBe(APPLY_BASE_SYNCS + 1);
    const ours = fake.sheet('Results (2)')!;
    expect(JSON.parse(fake.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual({ [ours.id]: 'rmo.results' });

    await applyPlans(fake.context, [supplierPlan(1)], { ownership: 'settings' });
    // Rewritten in place: same sheet, no extra sync (its id is known), the setting unchanged.
    const again = fake.sheet('Results (2)')!;
    expect(again).toBe(ours);
    expect(fake.syncCount).toBe(2 * APPLY_BASE_SYNCS + 1);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'Results', 'Results (2)']);
    expect(JSON.parse(fake.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual({ [again.id]: 'rmo.results' });
    expect(userSheets.map((s) => fake.snapshot(s))).toEqual(before);
  });
});

/** A results sheet with one score in B2, built by hand. */
function scorePlan(score: number, name = 'RMO Results'): SheetPlan {
  return {
    key: 'rmo.results',
    name,
    blocks: [{ row: 0, col: 0, values: [['Supplier', 'Score'], ['Acme', score]] }],
    styles: [],
    columnWidths: {},
    charts: [],
  };
}

describe('re-runs keep what the user built on our sheets', () => {
  it("a user formula ='RMO Results'!B2 still points at the results after a second run", async () => {
    const fake = new FakeExcel();
    const dashboard = fake.addSheet('Dashboard');
    await applyPlans(fake.context, [scorePlan(11)], OPTS);
    fake.putFormula(dashboard, 0, 0, "='RMO Results'!B2");
    expect(fake.displayed(dashboard, 0, 0)).toBe(11);

    await applyPlans(fake.context, [scorePlan(22)], OPTS);
    expect(fake.displayed(dashboard, 0, 0)).toBe(22);
    expect(fake.formulaText(fake.cell(dashboard, 0, 0)!)).toBe("='RMO Results'!B2");
    expect(fake.log.filter((o) => o.kind === 'deleteSheet')).toHaveLength(0);
  });

  it('(the fake turns such a formula into #REF! when its sheet is deleted, as Excel does)', async () => {
    const fake = new FakeExcel();
    const dashboard = fake.addSheet('Dashboard');
    await applyPlans(fake.context, [scorePlan(11)], OPTS);
    fake.putFormula(dashboard, 0, 0, "='RMO Results'!B2");
    fake.sheets.splice(fake.sheets.indexOf(fake.sheet('RMO Results')!), 1);
    expect(fake.displayed(dashboard, 0, 0)).toBe('#REF!');
    expect(fake.formulaText(fake.cell(dashboard, 0, 0)!)).toBe('=#REF!B2');
  });

  it('follows a language change by renaming the same sheet, so references follow too', async () => {
    const fake = new FakeExcel();
    const dashboard = fake.addSheet('Dashboard');
    await applyPlans(fake.context, [scorePlan(11)], OPTS);
    const ours = fake.sheet('RMO Results')!;
    fake.putFormula(dashboard, 0, 0, "='RMO Results'!B2");
    const applied = await applyPlans(fake.context, [scorePlan(33, 'RMO Resultaten')], OPTS);
    expect(applied).toEqual([{ key: 'rmo.results', name: 'RMO Resultaten' }]);
    expect(fake.sheet('RMO Resultaten')).toBe(ours);
    expect(fake.displayed(dashboard, 0, 0)).toBe(33);
    expect(fake.formulaText(fake.cell(dashboard, 0, 0)!)).toBe("='RMO Resultaten'!B2");
  });

  it('removes the old charts and tables and clears old cells, formats and panes before writing', async () => {
    const fake = new FakeExcel();
    await applyPlans(fake.context, [supplierPlan(6)], OPTS);
    const ours = fake.sheet('Results')!;
    fake.addTable('OldTable', ours, { row: 30, col: 0, rows: 2, cols: 2 });
    fake.putValues(ours, 40, 3, [['stray']]);
    await applyPlans(fake.context, [scorePlan(5, 'Results')], OPTS);
    expect(fake.sheet('Results')).toBe(ours);
    expect(ours.charts).toHaveLength(0);
    expect(fake.tables).toHaveLength(0);
    expect(fake.cell(ours, 40, 3)).toBeUndefined();
    expect(fake.cell(ours, 3, 0)).toBeUndefined(); // run 1's "Supplier 3"
    expect(fake.cell(ours, 1, 1)?.value).toBe(5);
    expect(ours.freezeRows).toBe(0);
    expect(ours.formats.filter((f) => f.path === 'fill.color')).toHaveLength(0);
    expect(ours.columnWidths.size).toBe(0);
  });
});

describe('the ownership name', () => {
  it('refers to the whole sheet, so deleting row 1 does not lose the sheet', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [scorePlan(1)], OPTS);
    const ours = fake.sheet('RMO Results')!;
    expect(fake.nameState(fake.name('_rmo.rmo.results')!).formula).toBe("='RMO Results'!$1:$1048576");
    fake.deleteRows(ours, 0, 1);
    for (const s of fake.sheets) s.customProperties.clear(); // the name alone must do
    const applied = await applyPlans(fake.context, [scorePlan(2)], OPTS);
    expect(applied[0].name).toBe('RMO Results');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Data', 'RMO Results']);
    expect(fake.sheet('RMO Results')).toBe(ours);
  });

  it('refers to the whole sheet, so deleting column A does not lose the sheet either', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [scorePlan(1)], OPTS);
    const ours = fake.sheet('RMO Results')!;
    fake.deleteColumns(ours, 0, 1);
    for (const s of fake.sheets) s.customProperties.clear();
    expect(fake.nameState(fake.name('_rmo.rmo.results')!).type).toBe('Range');
    const applied = await applyPlans(fake.context, [scorePlan(2)], OPTS);
    expect(applied[0].name).toBe('RMO Results');
    expect(fake.sheet('RMO Results')).toBe(ours);
  });

  it('(an A1 name loses its cell when column A is deleted, which the fake models as Excel does)', () => {
    const fake = new FakeExcel();
    const s = fake.addSheet('S');
    fake.addName('_rmo.k', s, '$A$1');
    fake.deleteColumns(s, 0, 1);
    expect(fake.nameState(fake.name('_rmo.k')!)).toEqual({ type: 'Error', value: '#REF!', formula: '=S!#REF!' });
  });

  it('still finds the sheet of an older A1 name whose row 1 was deleted (="\'Results\'!#REF!")', async () => {
    const fake = new FakeExcel();
    const old = fake.addSheet('RMO Results', { A1: 'Supplier', A2: 'old' });
    fake.addName('_rmo.rmo.results', old, '$A$1');
    fake.deleteRows(old, 0, 1);
    expect(fake.nameState(fake.name('_rmo.rmo.results')!).formula).toBe("='RMO Results'!#REF!");
    const applied = await applyPlans(fake.context, [scorePlan(3)], OPTS);
    expect(applied[0].name).toBe('RMO Results');
    expect(fake.sheets).toEqual([old]);
    expect(fake.name('_rmo.rmo.results')!.address).toBe('$1:$1048576');
  });

  it("loads only the names' name and formula, never their computed value", async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data', { A1: 'x' });
    await applyPlans(fake.context, [scorePlan(1)], OPTS);
    const nameLoads = fake.log.filter((o) => o.kind === 'load' && o.path === 'names');
    expect(nameLoads.map((o) => o.value)).toEqual([['name', 'formula']]);
  });
});

describe('point labels', () => {
  it('are written after the points count was loaded in an earlier request, one per point', async () => {
    const fake = new FakeExcel();
    await applyPlans(fake.context, [supplierPlan(4)], OPTS);
    const loadAt = fake.log.findIndex((o) => o.kind === 'load' && o.path === 'series.getItemAt(0).points');
    const labelOps = fake.log.filter((o) => o.kind === 'chart' && /points\.getItemAt\(\d+\)\.dataLabel\.formula$/.test(o.path!));
    expect(loadAt).toBeGreaterThanOrEqual(0);
    expect(labelOps).toHaveLength(4);
    // The load went out in a request before the one carrying the labels.
    const opsBefore = (i: number) => {
      let seen = 0;
      for (const [r, req] of fake.requests.entries()) {
        seen += req.ops;
        if (i < seen) return r;
      }
      return -1;
    };
    const firstLabel = fake.log.findIndex((o) => o === labelOps[0]);
    expect(opsBefore(loadAt)).toBeLessThan(opsBefore(firstLabel));
    expect(fake.log.some((o) => o.kind === 'chart' && /hasDataLabels$|showValue$/.test(o.path!))).toBe(false);
    const chart = fake.sheet('Results')!.charts[0];
    const sets = new Map(chart.ops.filter((o) => !o.args).map((o) => [o.path, o.value]));
    expect(sets.get('series.getItemAt(0).points.getItemAt(0).hasDataLabel')).toBe(true);
    expect(sets.get('series.getItemAt(0).points.getItemAt(0).dataLabel.formula')).toBe("='Results'!$A$2");
  });

  it('never address a point past the count Excel reports', async () => {
    const fake = new FakeExcel();
    const plan = supplierPlan(4);
    // The series plots 2 values, while 4 label cells are given.
    const chart = plan.charts[0];
    const narrowed: SheetPlan = {
      ...plan,
      charts: [{ ...chart, series: [{ ...chart.series[0], y: { ...chart.series[0].y, rows: 2 }, x: { ...chart.series[0].x, rows: 2 } }] }],
    };
    await applyPlans(fake.context, [narrowed], OPTS);
    const labelOps = fake.log.filter((o) => o.kind === 'chart' && /dataLabel\.formula$/.test(o.path!));
    expect(labelOps.map((o) => o.path)).toEqual([
      'series.getItemAt(0).points.getItemAt(0).dataLabel.formula',
      'series.getItemAt(0).points.getItemAt(1).dataLabel.formula',
    ]);
  });
});
