import * as path from 'node:path';
import { cliLanguage, defaultOutput, isoDateToSerial, joinNegativeValues, parseCommand } from '../../src/cli/args';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { catalogue } from '../../src/i18n';

describe('command line arguments', () => {
  it('gives the defaults and the output next to the input', () => {
    const cmd = parseCommand(['analyze', 'data/in.xlsx'], 'en');
    expect(cmd).toEqual({ kind: 'analyze', input: 'data/in.xlsx', output: path.join('data', 'in-rmo.xlsx'), outputGiven: false, settings: DEFAULT_SETTINGS });
    expect(defaultOutput('/a/b/Suppliers 2025.XLSX')).toBe('/a/b/Suppliers 2025-rmo.xlsx');
  });

  it('reads every option, negative numbers included', () => {
    const cmd = parseCommand(
      ['analyze', 'in.xlsx', '-o', 'out.xlsx', '--lang', 'nl', '--scale', '1-7', '--split', '4.5', '--as-of', '2025-12-31',
        '--half-life', '90', '--critical', '-8', '--euphoria', '7', '--prolonged-days', '30'],
      'en',
    );
    expect(cmd).toEqual({
      kind: 'analyze',
      input: 'in.xlsx',
      output: 'out.xlsx',
      outputGiven: true,
      settings: {
        ...DEFAULT_SETTINGS,
        language: 'nl',
        scale: { min: 1, max: 7, split: 4.5 },
        // 2025-12-31: 2025-01-01 is 45658, plus 364 days.
        asOf: 46022,
        appreciation: { halfLifeDays: 90, critical: -8, euphoria: 7, prolongedDays: 30 },
      },
    });
  });

  it('uses the midpoint split of a declared scale', () => {
    const cmd = parseCommand(['analyze', 'in.xlsx', '--scale', '1-10'], 'en');
    expect(cmd.kind === 'analyze' && cmd.settings.scale).toEqual({ min: 1, max: 10, split: 5.5 });
  });

  it.each([
    [['analyze'], /input workbook/],
    [['analyse-it', 'x.xlsx'], /Unknown command/],
    [['analyze', 'a.xlsx', 'b.xlsx'], /Too many/],
    [['analyze', 'a.xlsx', '--bogus'], /bogus/],
    [['analyze', 'a.xlsx', '--scale', 'five'], /--scale/],
    [['analyze', 'a.xlsx', '--scale', '5-1'], /minimum must be below/],
    [['analyze', 'a.xlsx', '--split', '9'], /split point/],
    [['analyze', 'a.xlsx', '--critical', '2'], /critical bound/],
    [['analyze', 'a.xlsx', '--half-life', 'long'], /--half-life/],
    [['analyze', 'a.xlsx', '--as-of', '2025-02-30'], /--as-of/],
    [['analyze', 'a.xlsx', '--lang', 'fr'], /Unknown language/],
  ])('refuses %j', (argv, expected) => {
    const cmd = parseCommand(argv, 'en');
    expect(cmd.kind).toBe('usageError');
    expect(cmd.kind === 'usageError' && cmd.message).toMatch(expected);
  });

  it('asks for help without arguments or with -h', () => {
    expect(parseCommand([], 'en').kind).toBe('help');
    expect(parseCommand(['analyze', 'x.xlsx', '-h'], 'en').kind).toBe('help');
  });

  it('only glues negative numbers to value options', () => {
    expect(joinNegativeValues(['--critical', '-6', '-o', '-1.xlsx', '-h'])).toEqual(['--critical=-6', '-o-1.xlsx', '-h']);
    expect(joinNegativeValues(['--output', '-h'])).toEqual(['--output', '-h']);
  });

  it('picks the message language from --lang, else the locale', () => {
    expect(cliLanguage(['analyze', '--lang', 'nl'], {})).toBe('nl');
    expect(cliLanguage(['--lang=EN'], { LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(cliLanguage([], { LANG: 'C.UTF-8' })).toBe('en');
  });

  it('converts calendar dates only', () => {
    expect(isoDateToSerial('2024-02-29')).toBe(45351);
    expect(isoDateToSerial('2023-02-29')).toBeUndefined();
    expect(isoDateToSerial('31-12-2025')).toBeUndefined();
    // Before Excel's first day (1899-12-31 = serial 1) there is no serial to analyse on.
    expect(isoDateToSerial('1899-12-31')).toBe(1);
    expect(isoDateToSerial('1899-12-30')).toBeUndefined();
  });

  describe('--language, the long name of --lang', () => {
    it('sets the language like --lang, as a separate value or after "="', () => {
      for (const argv of [['analyze', 'in.xlsx', '--language', 'nl'], ['analyze', 'in.xlsx', '--language=Nederlands']]) {
        const cmd = parseCommand(argv, 'en');
        expect(cmd.kind === 'analyze' && cmd.settings.language).toBe('nl');
      }
    });

    it('accepts both names when they agree and refuses them when they differ', () => {
      const same = parseCommand(['analyze', 'in.xlsx', '--lang', 'nl', '--language', 'nl-NL'], 'en');
      expect(same.kind === 'analyze' && same.settings.language).toBe('nl');
      const differ = parseCommand(['analyze', 'in.xlsx', '--lang', 'nl', '--language', 'en'], 'en');
      expect(differ).toEqual({ kind: 'usageError', message: 'Options --lang "nl" and --language "en" name different languages; give one.' });
      expect(parseCommand(['analyze', 'in.xlsx', '--language', 'fr'], 'en')).toMatchObject({ kind: 'usageError', message: expect.stringMatching(/Unknown language "fr"/) });
    });

    it('picks the message language from --language before the arguments are checked', () => {
      expect(cliLanguage(['analyze', '--language', 'nl'], {})).toBe('nl');
      expect(cliLanguage(['--language=en'], { LANG: 'nl_NL.UTF-8' })).toBe('en');
    });

    it('is listed in the usage text of both languages', () => {
      expect(catalogue('en').cli.usage).toMatch(/^ {2}--language <nl\|en> +the same as --lang$/m);
      expect(catalogue('nl').cli.usage).toMatch(/^ {2}--language <nl\|en> +hetzelfde als --lang$/m);
    });
  });
});

describe('--party', () => {
  it('sets whose view rows without a party are, in English or Dutch words, and rejects others', () => {
    const { parseCommand } = jest.requireActual('../../src/cli/args') as typeof import('../../src/cli/args');
    const ok = parseCommand(['analyze', 'in.xlsx', '--party', 'leverancier'], 'en');
    expect(ok.kind === 'analyze' && ok.settings.defaultParty).toBe('supplier');
    const bad = parseCommand(['analyze', 'in.xlsx', '--party', 'both'], 'nl');
    expect(bad.kind).toBe('usageError');
    expect(bad.kind === 'usageError' && bad.message).toContain('opdrachtgever');
  });
});

describe('rmo survey arguments', () => {
  it('defaults to a new rmo-survey.xlsx with every part, or <book>-survey.xlsx next to --into', () => {
    expect(parseCommand(['survey'], 'en')).toEqual({ kind: 'survey', output: 'rmo-survey.xlsx', language: 'en', options: {} });
    expect(parseCommand(['survey', '--into', 'x/book.xlsx', '--lang', 'nl'], 'en')).toEqual({ kind: 'survey', output: 'x/book-survey.xlsx', into: 'x/book.xlsx', language: 'nl', options: {} });
  });

  it('reads --form, --rows and --parts', () => {
    expect(parseCommand(['survey', '-o', 's.xlsx', '--form', '--rows', '20', '--parts', 'approach, tasks'], 'en')).toEqual({
      kind: 'survey',
      output: 's.xlsx',
      language: 'en',
      options: { constructs: ['service', 'business', 'projectManagement', 'relationshipMaintenance', 'portfolioManagement', 'advisor'], rows: 20, form: true },
    });
  });

  it('rejects bad values with a message in the language', () => {
    expect(parseCommand(['survey', '--rows', '2.5'], 'nl')).toEqual({ kind: 'usageError', message: 'Optie --rows verwacht een geheel getal van 1 tot en met 10000, niet "2.5".' });
    expect(parseCommand(['survey', '--rows', '10001'], 'en')).toMatchObject({ kind: 'usageError' });
    expect(parseCommand(['survey', 'extra'], 'en')).toEqual({ kind: 'usageError', message: 'Too many arguments: "extra".' });
    expect(parseCommand(['frobnicate'], 'en')).toEqual({ kind: 'usageError', message: 'Unknown command "frobnicate"; use "analyze" or "survey".' });
  });
});
