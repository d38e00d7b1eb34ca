import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogue, format, type CliTexts } from '../i18n';
import type { Settings } from '../analysis/settings';
import { serialDayOf } from '../model';
import type { SheetPlan } from '../report/plan';
import { questionnaireItems, questionnairePlans } from '../report/questionnaire';
import { applyPlans } from '../xlsx/apply';
import { blankWorkbook } from '../xlsx/blank';
import { WorkbookFileError, type OpenFailure } from '../xlsx/package';
import { ZipError } from '../xlsx/zip';
import { openWorkbook, readTables, type WorkbookFile } from '../xlsx/read';
import { type CliCommand, cliLanguage, parseCommand } from './args';
import { problemText, runPipeline } from './pipeline';
import { summaryLines } from './summary';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Directory relative paths are taken from; default: where the user started the command. */
  readonly cwd?: string;
}

const PROCESS_IO: CliIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  env: process.env,
};

/**
 * The user's directory. `npm run rmo` runs scripts in the package folder but keeps the
 * caller's directory in INIT_CWD; `npx rmo` and the bin run where the user is.
 */
function userDirectory(io: CliIo): string {
  return io.cwd ?? (io.env.INIT_CWD || process.cwd());
}

/** Same file? Compares resolved paths, and real paths when both exist (symlinks, case-insensitive disks). */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

const OPEN_MESSAGE: Readonly<Record<OpenFailure, 'inputEmpty' | 'inputEncrypted' | 'inputXls' | 'inputNotWorkbook' | 'inputTruncated' | 'inputNoWorkbook'>> = {
  empty: 'inputEmpty',
  encrypted: 'inputEncrypted',
  xls: 'inputXls',
  notWorkbook: 'inputNotWorkbook',
  truncated: 'inputTruncated',
  noWorkbookPart: 'inputNoWorkbook',
};

/** Output named .xlsm for a macro workbook; the same name otherwise. */
function macroName(output: string): string {
  return output.replace(/\.xlsx$/i, '.xlsm');
}

/**
 * `rmo analyze <in.xlsx> [-o out.xlsx] [options]`. Returns the exit code: 0 when an
 * output file was written (problems in the data do not change that), 2 for usage
 * errors, 1 when the input cannot be read or the output cannot be written.
 * The input file is only ever read; nothing is left behind when a run fails.
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
  // Today from this machine's clock: the analysis date unless --as-of is given (model/analysis-date.ts).
  const settings = { ...cmd.settings, today: serialDayOf(new Date()) };
  const cwd = userDirectory(io);
  // Paths as the user typed them in messages; resolved against the user's directory for use.
  const input = path.resolve(cwd, cmd.input);
  const output = path.resolve(cwd, cmd.output);
  const shown = (p: string, typed: string) => (path.isAbsolute(typed) ? typed : path.relative(cwd, p) || typed);
  const t = catalogue(settings.language).cli;
  if (samePath(input, output)) {
    io.err(format(t.outputIsInput, { path: cmd.input }));
    return EXIT_USAGE;
  }
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
    io.err(format(t.inputMissing, { path: cmd.input }));
    return EXIT_INPUT;
  }

  const file = open(input, cmd.input, t, io);
  if (!file) return EXIT_INPUT;
  let target = output;
  let targetShown = shown(output, cmd.output);
  if (file.macroEnabled && /\.xlsx$/i.test(output)) {
    // Only the default name may be changed for the user; an explicit -o name is theirs.
    if (cmd.outputGiven) {
      io.err(format(t.outputMacroExtension, { path: cmd.input, suggestion: macroName(cmd.output) }));
      return EXIT_USAGE;
    }
    target = macroName(output);
    targetShown = macroName(targetShown);
  }

  let read: ReturnType<typeof readTables>;
  try {
    read = readTables(file);
  } catch (e) {
    // A part that cannot be inflated: the file was cut off or damaged inside.
    if (e instanceof ZipError) io.err(format(t.inputTruncated, { path: cmd.input }));
    else throw e;
    return EXIT_INPUT;
  }
  // The summary is taken before the sheets are written, so the analysis result is not
  // held while the biggest allocations happen.
  const { plans, summary } = analyseAndSummarise(read, settings, targetShown);
  applyPlans(file, plans, { language: settings.language });

  if (!save(file, target, targetShown, t, io)) return EXIT_INPUT;
  for (const line of summary) io.out(line);
  return EXIT_OK;
}

/** Opens a workbook file, or says in the user's language why it cannot be read (undefined then). */
function open(file: string, typed: string, t: CliTexts, io: CliIo): WorkbookFile | undefined {
  try {
    return openWorkbook(fs.readFileSync(file));
  } catch (e) {
    if (e instanceof WorkbookFileError) io.err(format(t[OPEN_MESSAGE[e.kind]], { path: typed }));
    else io.err(format(t.inputUnreadable, { path: typed, reason: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
}

/** Writes next to the target and renames, so a failed write never leaves half a file under the output name. */
function save(file: WorkbookFile, target: string, shown: string, t: CliTexts, io: CliIo): boolean {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, file.pkg.save());
    fs.renameSync(tmp, target);
    return true;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    io.err(format(t.outputUnwritable, { path: shown, reason: e instanceof Error ? e.message : String(e) }));
    return false;
  }
}

/**
 * `rmo survey`: the questionnaire sheets in a new workbook, or added to a copy of
 * `--into` (its sheets, ours included, stay as they are: nothing is removed).
 */
function survey(cmd: Extract<CliCommand, { kind: 'survey' }>, io: CliIo): number {
  const t = catalogue(cmd.language).cli;
  const cwd = userDirectory(io);
  const output = path.resolve(cwd, cmd.output);
  let file = blankWorkbook();
  if (cmd.into !== undefined) {
    const into = path.resolve(cwd, cmd.into);
    if (samePath(into, output)) {
      io.err(format(t.outputIsInput, { path: cmd.into }));
      return EXIT_USAGE;
    }
    if (!fs.existsSync(into) || !fs.statSync(into).isFile()) {
      io.err(format(t.inputMissing, { path: cmd.into }));
      return EXIT_INPUT;
    }
    const opened = open(into, cmd.into, t, io);
    if (!opened) return EXIT_INPUT;
    file = opened;
  }
  applyPlans(file, questionnairePlans(cmd.language, cmd.options), { language: cmd.language, removeStale: false });
  if (!save(file, output, cmd.output, t, io)) return EXIT_INPUT;
  io.out(format(t.surveyWritten, { path: cmd.output, count: questionnaireItems(cmd.options.constructs).length }));
  return EXIT_OK;
}

function analyseAndSummarise(read: ReturnType<typeof readTables>, settings: Settings, output: string): { plans: readonly SheetPlan[]; summary: string[] } {
  const { result, plans } = runPipeline(read, settings);
  return { plans, summary: summaryLines(result, output, settings.language, problemText) };
}

/** Runs the command line in this process (the `rmo` bin and `npm run rmo`). */
export function run(): void {
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

if (require.main === module) run();
