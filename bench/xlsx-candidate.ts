/**
 * One measured run of one library on one file, in its own process (so peak memory is
 * that run's): plain read of every cell, then write the workbook back unchanged.
 * Usage: xlsx-candidate <library> <in> <out>. Prints nothing on success; the
 * rss-probe records time and peak memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Run = (input: Uint8Array) => Promise<Uint8Array>;

const RUNS: Record<string, Run> = {
  async ours(input) {
     
    const { openWorkbook, readTables } = require('../src/xlsx/read') as typeof import('../src/xlsx/read');
    const file = openWorkbook(input);
    readTables(file);
    return file.pkg.save();
  },
  async exceljs(input) {
     
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as unknown as ArrayBuffer);
    let cells = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  },
  async 'xlsx-populate'(input) {
     
    const XlsxPopulate = require('xlsx-populate');
    const wb = await XlsxPopulate.fromDataAsync(Buffer.from(input));
    for (const ws of wb.sheets()) {
      const used = ws.usedRange?.();
      if (used) used.value();
    }
    return new Uint8Array(await wb.outputAsync());
  },
  async 'excelize-wasm'(input) {
     
    const { init } = require('excelize-wasm');
    const excelize = await init(path.join(__dirname, '../node_modules/excelize-wasm/excelize.wasm.gz'));
    const f = excelize.OpenReader(input);
    if (f.error) throw new Error(f.error);
    for (const sheet of f.GetSheetList().list as string[]) {
      const rows = f.GetRows(sheet);
      if (rows.error && !/chart/i.test(rows.error)) throw new Error(rows.error);
    }
    const out = f.WriteToBuffer();
    if (out.error) throw new Error(out.error);
    return out.buffer as Uint8Array;
  },
};

async function main(): Promise<void> {
  const [lib, input, output] = process.argv.slice(2);
  const run = RUNS[lib];
  if (!run) throw new Error(`unknown library ${lib}`);
  fs.writeFileSync(output, await run(fs.readFileSync(input)));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.message : e).split('\n')[0] + '\n');
  process.exitCode = 1;
});
