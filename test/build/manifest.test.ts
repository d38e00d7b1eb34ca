// Offline checks of manifest.xml: structure, resource references, URLs and the files they name.
// (office-addin-manifest validate needs the network; these checks do not.)
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, registerCommands } from '../../src/commands/commands';
import {
  DEV_ORIGIN,
  ROOT,
  XmlNode,
  child,
  findAll,
  manifestFileUrls,
  manifestUrls,
  parseXml,
  readManifest,
  walk,
} from './manifest-xml';

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

/** What kind of resource each referencing element must point at (from the manifest reference). */
function expectedKind(node: XmlNode, parent: XmlNode | undefined): ResourceKind {
  switch (node.name) {
    case 'bt:Image':
      return 'bt:Images';
    case 'Runtime':
    case 'SourceLocation':
    case 'FunctionFile':
    case 'LearnMoreUrl':
      return 'bt:Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'bt:ShortStrings';
    case 'Description':
      if (parent && ['Supertip', 'GetStarted'].includes(parent.name)) return 'bt:LongStrings';
      break;
  }
  throw new Error(`no rule for resid on <${node.name}> in <${parent?.name}>`);
}

/** Resource id → its kind and definition element. */
function resources(root: XmlNode): Map<string, { kind: ResourceKind; node: XmlNode }> {
  const defs = new Map<string, { kind: ResourceKind; node: XmlNode }>();
  const res = findAll(root, 'Resources')[0];
  for (const group of res.children) {
    for (const def of group.children) {
      const id = def.attrs.id;
      if (defs.has(id)) throw new Error(`resource id defined twice: ${id}`);
      defs.set(id, { kind: group.name as ResourceKind, node: def });
    }
  }
  return defs;
}

function references(root: XmlNode): { node: XmlNode; parent?: XmlNode; resid: string }[] {
  return walk(root)
    .filter(({ node }) => node.attrs.resid !== undefined)
    .map(({ node, parent }) => ({ node, parent, resid: node.attrs.resid }));
}

function resourceValue(root: XmlNode, id: string): string | undefined {
  return resources(root).get(id)?.node.attrs.DefaultValue;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetFile(url: string): string {
  return path.join(ROOT, decodeURIComponent(new URL(url).pathname));
}

/** The files webpack writes at the top of dist/, read from the webpack config itself. */
async function webpackOutputs(): Promise<Set<string>> {
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config: any = await makeConfig({}, { mode: 'production' });
  const outputs = new Set<string>(Object.keys(config.entry).map((name) => `${name}.js`));
  for (const plugin of config.plugins) {
    const kind = plugin.constructor.name;
    if (kind === 'HtmlWebpackPlugin') outputs.add(plugin.userOptions.filename);
    if (kind === 'CustomFunctionsMetadataPlugin') outputs.add(plugin.options.output);
    if (kind === 'LocalizedMetadataPlugin') {
      for (const lang of plugin.languages) outputs.add(`functions.${lang}.json`);
    }
  }
  return outputs;
}

describe('manifest.xml', () => {
  let root: XmlNode;
  beforeAll(async () => {
    root = await readManifest();
  });

  test('the parser used here rejects XML that is not well-formed', async () => {
    await expect(parseXml('<OfficeApp><Id></OfficeApp>')).rejects.toThrow();
  });

  test('is a task-pane add-in for Excel with a GUID id and Dutch display texts', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(findAll(root, 'Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    for (const name of ['DisplayName', 'Description']) {
      const overrides = child(root, name)!.children.filter((c) => c.name === 'Override');
      expect(overrides.map((o) => o.attrs.Locale)).toContain('nl-NL');
      expect(overrides[0].attrs.Value).not.toBe(child(root, name)!.attrs.DefaultValue);
    }
  });

  test('top-level elements come in the order the add-in manifest schema requires', () => {
    // OfficeApp's sequence, then TaskPaneApp's extension of it (OfficeAppManifestv1.1.xsd).
    const schemaOrder = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts',
      'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
    ];
    const required = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
    const names = root.children.map((c) => c.name);
    const positions = names.map((n) => schemaOrder.indexOf(n));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of required) expect(names).toContain(name);
    // Inside the Excel host of VersionOverrides, <Runtimes> must come first.
    const host = findAll(root, 'Host').find((h) => h.attrs['xsi:type'] === 'Workbook')!;
    expect(host.children.map((c) => c.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  });

  test('every resid points at a defined resource of the right kind, and no id exceeds 32 characters', () => {
    const defs = resources(root);
    const refs = references(root);
    expect(refs.length).toBeGreaterThan(10);
    for (const { node, parent, resid } of refs) {
      const def = defs.get(resid);
      expect({ resid, defined: def !== undefined }).toEqual({ resid, defined: true });
      expect({ resid, kind: def!.kind }).toEqual({ resid, kind: expectedKind(node, parent) });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test('every defined resource is used', () => {
    const used = new Set(references(root).map((r) => r.resid));
    const unused = [...resources(root).keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  test('all URLs are https on the one dev origin', () => {
    const urls = manifestUrls(root);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin).toBe(DEV_ORIGIN);
  });

  test('uses a shared runtime: SharedRuntime 1.1, one long-lived runtime on the task-pane page', () => {
    const sets = findAll(root, 'Set').map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain('SharedRuntime 1.1');
    const runtimes = findAll(root, 'Runtime');
    expect(runtimes.map((r) => [r.attrs.resid, r.attrs.lifetime])).toEqual([['Taskpane.Url', 'long']]);
    // The shared runtime only loads if the functions page, the function file and the task
    // pane all use the very resid the runtime uses.
    const cf = findAll(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    expect(child(child(cf, 'Page')!, 'SourceLocation')!.attrs.resid).toBe('Taskpane.Url');
    expect(findAll(root, 'FunctionFile').map((f) => f.attrs.resid)).toEqual(['Taskpane.Url']);
    const showTaskpane = findAll(root, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane');
    expect(showTaskpane).toHaveLength(1);
    expect(child(showTaskpane[0], 'SourceLocation')!.attrs.resid).toBe('Taskpane.Url');
    expect(resourceValue(root, 'Taskpane.Url')).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test('declares the custom functions in namespace RMO, with Dutch metadata for nl-NL', () => {
    const cf = findAll(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    expect(cf.children.map((c) => c.name)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    expect(resourceValue(root, child(cf, 'Namespace')!.attrs.resid)).toBe('RMO');
    const metadataId = child(child(cf, 'Metadata')!, 'SourceLocation')!.attrs.resid;
    const metadata = resources(root).get(metadataId)!.node;
    expect(metadata.attrs.DefaultValue).toBe(`${DEV_ORIGIN}/functions.json`);
    expect(metadata.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([
      ['nl-NL', `${DEV_ORIGIN}/functions.nl.json`],
    ]);
    const scriptId = child(child(cf, 'Script')!, 'SourceLocation')!.attrs.resid;
    expect(resourceValue(root, scriptId)).toBe(`${DEV_ORIGIN}/functions.js`);
  });

  test('every file the manifest names is an asset in the repo or an output of the webpack config', async () => {
    const outputs = await webpackOutputs();
    expect(outputs).toEqual(
      new Set(['functions.js', 'commands.js', 'taskpane.js', 'taskpane.html', 'functions.json', 'functions.nl.json']),
    );
    for (const url of manifestFileUrls(root)) {
      const file = new URL(url).pathname.slice(1);
      const found = file.startsWith('assets/') ? fs.existsSync(assetFile(url)) : outputs.has(file);
      expect({ file, found }).toEqual({ file, found: true });
    }
  });

  test('icons are real PNGs with the sizes the manifest claims', () => {
    const defs = resources(root);
    const iconRefs = findAll(root, 'bt:Image').filter((n) => n.attrs.size !== undefined);
    expect(new Set(iconRefs.map((n) => n.attrs.size))).toEqual(new Set(['16', '32', '80']));
    for (const ref of iconRefs) {
      const size = Number(ref.attrs.size);
      expect(pngSize(assetFile(defs.get(ref.attrs.resid)!.node.attrs.DefaultValue))).toEqual({ width: size, height: size });
    }
    expect(pngSize(assetFile(child(root, 'IconUrl')!.attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(child(root, 'HighResolutionIconUrl')!.attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  });

  test('RMO_PUBLIC_URL moves every URL of the built manifest to the hosting origin', async () => {
    const { manifestTransform } = require(path.join(ROOT, 'webpack.config.js'));
    const saved = process.env.RMO_PUBLIC_URL;
    process.env.RMO_PUBLIC_URL = 'https://addins.example.org/rmo';
    try {
      const moved = await parseXml(manifestTransform(fs.readFileSync(path.join(ROOT, 'manifest.xml'))).toString());
      const urls = manifestUrls(moved);
      expect(urls).toHaveLength(manifestUrls(root).length);
      for (const url of urls) expect(url.startsWith('https://addins.example.org/rmo')).toBe(true);
      expect(urls).toContain('https://addins.example.org/rmo/functions.nl.json');
    } finally {
      if (saved === undefined) delete process.env.RMO_PUBLIC_URL;
      else process.env.RMO_PUBLIC_URL = saved;
    }
  });

  test('every ExecuteFunction button has a handler in src/commands', () => {
    const names = findAll(root, 'Action')
      .filter((a) => a.attrs['xsi:type'] === 'ExecuteFunction')
      .map((a) => child(a, 'FunctionName')!.text);
    for (const name of names) expect(Object.keys(COMMANDS)).toContain(name);
    // Conversely, a handler without a button would be dead code.
    expect(Object.keys(COMMANDS).sort()).toEqual([...names].sort());
  });

  test('Run analysis sits in the RMO group next to the pane button, reuses its icons and is associated on Office.actions', () => {
    const group = findAll(root, 'Group').find((g) => g.attrs.id === 'RMO.Group')!;
    const controls = group.children.filter((c) => c.name === 'Control');
    expect(controls.map((c) => c.attrs.id)).toEqual(['RMO.TaskpaneButton', 'RMO.RunButton']);
    const run = controls[1];
    const action = child(run, 'Action')!;
    expect(action.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(child(action, 'FunctionName')!.text).toBe('runAnalysis');
    const icons = (c: XmlNode) => child(c, 'Icon')!.children.map((i) => `${i.attrs.size}:${i.attrs.resid}`);
    expect(icons(run)).toEqual(icons(controls[0]));
    // What Office calls by that name: registerCommands must associate it (the shared runtime's Office.actions).
    const associated: string[] = [];
    registerCommands({ associate: (name) => associated.push(name) });
    expect(associated).toContain('runAnalysis');
  });

  test('the Run analysis label and tooltip have Dutch overrides', () => {
    const defs = resources(root);
    const texts = (id: string) => {
      const node = defs.get(id)!.node;
      return [node.attrs.DefaultValue, ...node.children.filter((o) => o.attrs.Locale === 'nl-NL').map((o) => o.attrs.Value)];
    };
    const run = findAll(root, 'Control').find((c) => c.attrs.id === 'RMO.RunButton')!;
    expect(child(run, 'Label')!.attrs.resid).toBe('RunButton.Label');
    expect(child(child(run, 'Supertip')!, 'Description')!.attrs.resid).toBe('RunButton.Tooltip');
    expect(texts('RunButton.Label')).toEqual(['Run analysis', 'Analyse uitvoeren']);
    const [en, nl] = texts('RunButton.Tooltip');
    expect(en).toMatch(/without opening the task pane/);
    expect(nl).toMatch(/zonder het taakvenster te openen/);
  });
});
