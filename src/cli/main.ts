import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { catalogue, format } from '../i18n';
import { serialDayOf } from '../model';
import { loadWorkbook, rawTables } from '../xlsx/read';
import { applyPlans } from '../xlsx/apply';
import { CliCommand, cliLanguage, parseCommand } from './args';
import { questionnaireItems, questionnairePlans } from '../report/questionnaire';
import { problemText, runPipeline } from './pipeline';
import { summaryLines } from './summary';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

const PROCESS_IO: CliIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  env: process.env,
};

/** Same file? Compares resolved paths, and real paths when both exist (symlinks, case-insensitive disks). */
function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * `rmo analyze <in.xlsx> [-o out.xlsx] [options]`. Returns the exit code: 0 when an
 * output file was written (problems in the data do not change that), 2 for usage
 * errors, 1 when the input cannot be read or the output cannot be written.
 * The input file is only ever read.
 */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const lang0 = cliLanguage(argv, io.env);
  const cmd = parseCommand(argv, lang0);
  if (cmd.kind === 'help') {
    io.out(catalogue(lang0).cli.usage);
    return EXIT_OK;
  }
  if (cmd.kind === 'usageError') {
    io.err(cmd.message);
    io.err('');
    io.err(catalogue(lang0).cli.usage);
    return EXIT_USAGE;
  }
  if (cmd.kind === 'survey') return survey(cmd, io);
  const { input, output } = cmd;
  // Today from this machine's clock: the analysis date unless --as-of is given (model/analysis-date.ts).
  const settings = { ...cmd.settings, today: serialDayOf(new Date()) };
  const t = catalogue(settings.language).cli;
  if (samePath(input, output)) {
    io.err(format(t.outputIsInput, { path: input }));
    return EXIT_USAGE;
  }
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
    io.err(format(t.inputMissing, { path: input }));
    return EXIT_INPUT;
  }

  let wb;
  try {
    wb = await loadWorkbook(fs.readFileSync(input));
  } catch (e) {
    io.err(format(t.inputUnreadable, { path: input, reason: e instanceof Error ? e.message : String(e) }));
    return EXIT_INPUT;
  }

  const { result, plans } = runPipeline(rawTables(wb), settings);
  applyPlans(wb, plans, { language: settings.language });

  if (!(await save(wb, output, t, io))) return EXIT_INPUT;

  for (const line of summaryLines(result, output, settings.language, problemText)) io.out(line);
  return EXIT_OK;
}

/** Writes next to the target and renames, so a failed write never leaves half a file under the output name. */
async function save(wb: ExcelJS.Workbook, output: string, t: ReturnType<typeof catalogue>['cli'], io: CliIo): Promise<boolean> {
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, output);
    return true;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    io.err(format(t.outputUnwritable, { path: output, reason: e instanceof Error ? e.message : String(e) }));
    return false;
  }
}

/**
 * `rmo survey`: the questionnaire sheets in a new workbook, or added to a copy of
 * `--into` (its sheets, ours included, stay as they are: nothing is removed).
 */
async function survey(cmd: Extract<CliCommand, { kind: 'survey' }>, io: CliIo): Promise<number> {
  const t = catalogue(cmd.language).cli;
  let wb = new ExcelJS.Workbook();
  if (cmd.into !== undefined) {
    if (samePath(cmd.into, cmd.output)) {
      io.err(format(t.outputIsInput, { path: cmd.into }));
      return EXIT_USAGE;
    }
    if (!fs.existsSync(cmd.into) || !fs.statSync(cmd.into).isFile()) {
      io.err(format(t.inputMissing, { path: cmd.into }));
      return EXIT_INPUT;
    }
    try {
      wb = await loadWorkbook(fs.readFileSync(cmd.into));
    } catch (e) {
      io.err(format(t.inputUnreadable, { path: cmd.into, reason: e instanceof Error ? e.message : String(e) }));
      return EXIT_INPUT;
    }
  }
  applyPlans(wb, questionnairePlans(cmd.language, cmd.options), { language: cmd.language, removeStale: false });
  if (!(await save(wb, cmd.output, t, io))) return EXIT_INPUT;
  io.out(format(t.surveyWritten, { path: cmd.output, count: questionnaireItems(cmd.options.constructs).length }));
  return EXIT_OK;
}

if (require.main === module) {
  // `rmo analyze … | head` closes the pipe early; that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write((e instanceof Error ? e.stack ?? e.message : String(e)) + '\n');
      process.exitCode = 1;
    },
  );
}
