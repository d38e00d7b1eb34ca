import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogue, format, type CliTexts } from '../i18n';
import type { Settings } from '../analysis/settings';
import type { SheetPlan } from '../report/plan';
import { applyPlans } from '../xlsx/apply';
import { WorkbookFileError, type OpenFailure } from '../xlsx/package';
import { ZipError } from '../xlsx/zip';
import { openWorkbook, readTables, type WorkbookFile } from '../xlsx/read';
import { cliLanguage, parseCommand } from './args';
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

const OPEN_MESSAGE: Readonly<Record<OpenFailure, keyof CliTexts>> = {
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
  const { settings } = cmd;
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

  let file: WorkbookFile;
  try {
    file = openWorkbook(fs.readFileSync(input));
  } catch (e) {
    if (e instanceof WorkbookFileError) io.err(format(t[OPEN_MESSAGE[e.kind]], { path: cmd.input }));
    else io.err(format(t.inputUnreadable, { path: cmd.input, reason: e instanceof Error ? e.message : String(e) }));
    return EXIT_INPUT;
  }
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

  // Write next to the target and rename, so a failed write never leaves half a file under the output name.
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, file.pkg.save());
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    io.err(format(t.outputUnwritable, { path: targetShown, reason: e instanceof Error ? e.message : String(e) }));
    return EXIT_INPUT;
  }

  for (const line of summary) io.out(line);
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
