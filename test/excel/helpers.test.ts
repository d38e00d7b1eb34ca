import { absoluteRef, columnIndex, parseAddress } from '../../src/excel/address';
import { columnLetter } from '../../src/input/columns';
import { chunkRows, isPayloadLimitError, rowBytes, RequestBudget, utf8Bytes } from '../../src/excel/payload';
import { parseOwnedSetting } from '../../src/excel/ownership';
import { needsTextPrefix, toExcelValues } from '../../src/excel/textSafety';
import { FakeExcel } from './fake-excel';

describe('addresses', () => {
  it('converts column letters both ways', () => {
    expect(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 51, 52, 16383]);
    // The shell works with zero-based columns; columnLetter takes one-based numbers.
    expect([0, 25, 26, 51, 52, 16383].map((c) => columnLetter(c + 1))).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  });

  it('reads back every column letter the input layer writes', () => {
    for (let col = 1; col <= 16384; col++) expect(columnIndex(columnLetter(col))).toBe(col - 1);
  });

  it('parses Office.js addresses including quoted sheet names', () => {
    expect(parseAddress('Sheet1!B3:D10')).toEqual({ sheet: 'Sheet1', firstRow: 3, firstCol: 2, rows: 8, cols: 3 });
    expect(parseAddress("'It''s mine'!AA1")).toEqual({ sheet: "It's mine", firstRow: 1, firstCol: 27, rows: 1, cols: 1 });
    expect(() => parseAddress('Sheet1!A:C')).toThrow();
  });

  it('builds absolute references with quoted names', () => {
    expect(absoluteRef("O'Neil", 4, 0, 1, 1)).toBe("'O''Neil'!$A$5");
    expect(absoluteRef('R', 1, 2, 3, 2)).toBe("'R'!$C$2:$D$4");
  });
});

describe('text safety', () => {
  it('prefixes risky user text and only "=" elsewhere', () => {
    expect(['=a', '+a', '-a', '@a', "'a", 'a', ''].map((v) => needsTextPrefix(v, true))).toEqual([true, true, true, true, true, false, false]);
    expect(['=a', '+a', '-a', '@a', "'a"].map((v) => needsTextPrefix(v, false))).toEqual([true, false, false, false, true]);
  });

  it('leaves numbers and booleans alone and blanks nulls and non-finite numbers', () => {
    expect(toExcelValues([[1, true, null, '=x', Number.NaN]], true)).toEqual([[1, true, '', "'=x", '']]);
  });
});

describe('payload chunking', () => {
  it('splits rows into consecutive chunks within the budget', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    const perRow = rowBytes(rows[50]); // rows 10..99 have the same size
    const chunks = chunkRows(rows, perRow * 10);
    expect(chunks.reduce((s, c) => s + c.count, 0)).toBe(100);
    chunks.forEach((c, i) => {
      expect(c.bytes).toBeLessThanOrEqual(perRow * 10);
      if (i > 0) expect(c.start).toBe(chunks[i - 1].start + chunks[i - 1].count);
    });
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    expect(chunks.length).toBeLessThanOrEqual(11);
  });

  it('gives an oversized row its own chunk', () => {
    const chunks = chunkRows([['x'.repeat(50)], ['y']], 10);
    expect(chunks.map((c) => c.count)).toEqual([1, 1]);
  });

  it('syncs only when the next reservation would pass the budget', async () => {
    let syncs = 0;
    const budget = new RequestBudget(async () => void syncs++, 100);
    await budget.reserve(60);
    await budget.reserve(40);
    expect(syncs).toBe(0);
    await budget.reserve(1);
    expect(syncs).toBe(1);
    await budget.reserve(500); // larger than the budget: sent alone
    expect(syncs).toBe(2);
  });
});

describe('owned-sheet setting', () => {
  it('accepts JSON text or an object and ignores junk', () => {
    expect(parseOwnedSetting('{"{a}":"rmo.results"}')).toEqual({ '{a}': 'rmo.results' });
    expect(parseOwnedSetting({ x: 'k', y: 3 })).toEqual({ x: 'k' });
    expect(parseOwnedSetting('not json')).toEqual({});
    expect(parseOwnedSetting(['a'])).toEqual({});
  });
});

describe('the fake itself', () => {
  it('throws when a property is read before load and sync, like Office.js', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A');
    const sheets = fake.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await fake.context.sync();
    expect(sheets.items[0].name).toBe('A');
    expect(() => sheets.items[0].id).toThrow(/PropertyNotLoaded/);
  });

  it('evaluates "=" text as a formula unless quote-prefixed or text-formatted', async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet('A');
    const sheets = fake.context.workbook.worksheets;
    sheets.load('items/name');
    await fake.context.sync();
    const sheet = sheets.items[0];
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [['=1+1']];
    sheet.getRangeByIndexes(1, 0, 1, 1).values = [["'=1+1"]];
    sheet.getRangeByIndexes(2, 0, 1, 1).numberFormat = [['@']];
    sheet.getRangeByIndexes(2, 0, 1, 1).values = [['=1+1']];
    await fake.context.sync();
    expect(fake.cell(s, 0, 0)?.formula).toBe('=1+1');
    expect(fake.cell(s, 1, 0)).toEqual({ value: '=1+1', quotePrefix: true });
    expect(fake.cell(s, 2, 0)).toEqual({ value: '=1+1', numberFormat: '@' });
  });

  it('counts the bytes of each request', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A');
    const sheets = fake.context.workbook.worksheets;
    sheets.load('items/name');
    await fake.context.sync();
    const big = [['x'.repeat(1000)]];
    sheets.items[0].getRangeByIndexes(0, 0, 1, 1).values = big;
    await fake.context.sync();
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].bytes).toBeGreaterThan(1000);
    expect(fake.requests[0].bytes).toBeLessThan(200);
  });
});

describe('payload sizes in UTF-8 bytes', () => {
  it('counts bytes, not UTF-16 code units', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('中')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4); // two UTF-16 units, one 4-byte code point
    expect(utf8Bytes('\ud800')).toBe(3); // a lone surrogate travels as U+FFFD
    expect(utf8Bytes('Zoë 中文 😀')).toBe(Buffer.byteLength('Zoë 中文 😀', 'utf8'));
    // ["é"] is 6 bytes of JSON, plus one for the separator.
    expect(rowBytes(['é'])).toBe(7);
  });

  it('recognises the payload errors of Excel on the web by code or message', () => {
    expect(isPayloadLimitError({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadLimitError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadLimitError(new Error('RichApi.Error: RequestPayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadLimitError({ code: 'InvalidArgument' })).toBe(false);
    expect(isPayloadLimitError(undefined)).toBe(false);
  });
});

describe('the fake enforces what Excel enforces', () => {
  async function oneSheet(): Promise<{ fake: FakeExcel; sheet: Excel.Worksheet }> {
    const fake = new FakeExcel();
    fake.addSheet('A');
    const sheets = fake.context.workbook.worksheets;
    sheets.load('items/name');
    await fake.context.sync();
    return { fake, sheet: sheets.items[0] };
  }

  it('refuses a request above 5 MB (UTF-8) whole, like Excel on the web', async () => {
    const { fake, sheet } = await oneSheet();
    const text = '中'.repeat(1_800_000); // 1.8 M code units, 5.4 MB of UTF-8
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [[text]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell(fake.sheet('A')!, 0, 0)).toBeUndefined();
  });

  it('fails a response above 5 MB and delivers none of it', async () => {
    const { fake, sheet } = await oneSheet();
    fake.putValues(fake.sheet('A')!, 0, 0, Array.from({ length: 4000 }, () => ['x'.repeat(700), 'y'.repeat(700)]));
    const range = sheet.getRangeByIndexes(0, 0, 4000, 2).load('values');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  it('accepts values, numberFormat and formulas only as 2-D arrays of the range size', async () => {
    for (const write of [
      (r: Excel.Range) => ((r as unknown as { numberFormat: string }).numberFormat = '@'),
      (r: Excel.Range) => ((r as unknown as { values: string }).values = 'x'),
      (r: Excel.Range) => (r.formulas = [['=1', '=2']]),
    ]) {
      const { fake, sheet } = await oneSheet();
      write(sheet.getRangeByIndexes(0, 0, 2, 2));
      await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });
});
