import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FunctionsMetadata, localizeMetadata } from '../../scripts/localize-metadata';
import { main as localizeCli } from '../../scripts/localize-functions';

const FUNCTIONS_FILE = path.join(__dirname, '../../src/functions/functions.ts');

/** Expected signature of every function: [parameter name, optional?]. */
const EXPECTED: Record<string, [string, boolean][]> = {
  TYPE: [['affective', false], ['calculative', false], ['scale_min', true], ['scale_max', true], ['split', true], ['language', true]],
  ROLE: [['service', false], ['business', false], ['scale_min', true], ['scale_max', true], ['split', true], ['language', true]],
  REACTION: [['activity', false], ['constructiveness', false], ['scale_min', true], ['scale_max', true], ['split', true], ['language', true]],
  ATTENTION: [['affective', false], ['calculative', false], ['scale_min', true], ['scale_max', true], ['split', true], ['language', true]],
  APPRECIATION: [['dates', false], ['impacts', false], ['as_of', true], ['half_life_days', true], ['categories', true], ['line', true]],
  STATUS: [
    ['dates', false],
    ['impacts', false],
    ['as_of', true],
    ['half_life_days', true],
    ['critical', true],
    ['euphoria', true],
    ['prolonged_days', true],
    ['language', true],
    ['categories', true],
    ['line', true],
  ],
  SCORE: [['items', false], ['reversed', true], ['scale_min', true], ['scale_max', true]],
  ALPHA: [['items', false], ['reversed', true], ['scale_min', true], ['scale_max', true]],
};

const DUTCH_NAMES: Record<string, string> = {
  TYPE: 'RELATIETYPE',
  ROLE: 'ROL',
  REACTION: 'REACTIE',
  ATTENTION: 'AANDACHT',
  APPRECIATION: 'WAARDERING',
  STATUS: 'STATUS',
  SCORE: 'SCORE',
  ALPHA: 'ALFA',
};

let metadata: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, false);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
  expect(result.associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe('generated functions.json', () => {
  it('has exactly the expected ids, with id as the English name', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it('has the right parameter names and optional flags, each described', () => {
    for (const f of metadata.functions) {
      const got = f.parameters.map((p) => [p.name, p.optional === true]);
      expect([f.id, got]).toEqual([f.id, EXPECTED[f.id]]);
      for (const p of f.parameters) expect(typeof p.description).toBe('string');
      expect(f.description).toBeTruthy();
    }
  });

  it('takes the score arguments as matrices and spills the label functions', () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    for (const id of ['TYPE', 'ROLE', 'REACTION', 'ATTENTION', 'SCORE']) {
      expect(byId.get(id)?.result).toEqual({ dimensionality: 'matrix' });
      expect(byId.get(id)?.parameters[0].dimensionality).toBe('matrix');
    }
    expect(byId.get('APPRECIATION')?.result).toEqual({ type: 'number' });
    expect(byId.get('ALPHA')?.result).toEqual({ type: 'number' });
    expect(byId.get('STATUS')?.result).toEqual({ type: 'string' });
  });

  it('makes exactly the two functions whose as_of defaults to today volatile, like TODAY()', () => {
    const volatile = metadata.functions.filter((f) => (f as { options?: { volatile?: boolean } }).options?.volatile === true).map((f) => f.id);
    expect(volatile.sort()).toEqual(['APPRECIATION', 'STATUS']);
  });
});

describe('Dutch metadata', () => {
  it('keeps the ids and gives every function its Dutch name', () => {
    const nl = localizeMetadata(metadata, 'nl');
    expect(nl.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const f of nl.functions) expect(f.name).toBe(DUTCH_NAMES[f.id]);
  });

  it('translates every parameter name and description, keeping types and flags', () => {
    const nl = localizeMetadata(metadata, 'nl');
    nl.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.description).not.toBe(en.description);
      expect(f.parameters.length).toBe(en.parameters.length);
      f.parameters.forEach((p, j) => {
        const q = en.parameters[j];
        expect(p.description).toBeTruthy();
        expect(p.description).not.toBe(q.description);
        expect({ ...p, name: q.name, description: q.description }).toEqual(q);
      });
    });
    const type = nl.functions.find((f) => f.id === 'TYPE');
    expect(type?.parameters.map((p) => p.name)).toEqual(['affectief', 'berekend', 'schaal_min', 'schaal_max', 'splitsing', 'taal']);
  });

  it('leaves the input untouched, returns English as is, and accepts the JSON text', () => {
    const before = JSON.stringify(metadata);
    localizeMetadata(metadata, 'nl');
    expect(JSON.stringify(metadata)).toBe(before);
    expect(localizeMetadata(metadata, 'en')).toEqual(metadata);
    expect(localizeMetadata(before, 'nl')).toEqual(localizeMetadata(metadata, 'nl'));
  });

  it('refuses to ship half-translated metadata', () => {
    const extra: FunctionsMetadata = {
      ...metadata,
      functions: [...metadata.functions, { id: 'NEW', name: 'NEW', parameters: [] }],
    };
    expect(() => localizeMetadata(extra, 'nl')).toThrow(/NEW/);
    const renamed: FunctionsMetadata = {
      ...metadata,
      functions: metadata.functions.map((f) => (f.id === 'ALPHA' ? { ...f, parameters: [{ name: 'answers' }] } : f)),
    };
    expect(() => localizeMetadata(renamed, 'nl')).toThrow(/ALPHA\(answers\)/);
    expect(() => localizeMetadata(metadata, 'fr')).toThrow(/fr/);
  });

  it('the command-line script writes functions.nl.json next to functions.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmo-fn-'));
    try {
      const input = path.join(dir, 'functions.json');
      fs.writeFileSync(input, JSON.stringify(metadata));
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      expect(localizeCli([input])).toBe(0);
      log.mockRestore();
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'functions.nl.json'), 'utf8')) as FunctionsMetadata;
      expect(written.functions.map((f) => f.name)).toEqual(metadata.functions.map((f) => DUTCH_NAMES[f.id]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
