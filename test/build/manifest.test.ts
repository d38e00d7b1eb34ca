// Offline checks of manifest.xml: structure, resource references, URLs and the files they name.
// (office-addin-manifest validate needs the network; these checks do not.)
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, registerCommands } from '../../src/commands/commands';
import { checkManifest } from './manifest-check';
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
    if (kind === 'CopyPlugin') {
      for (const p of plugin.patterns) if (typeof p.to === 'string' && !p.to.includes('[')) outputs.add(p.to);
    }
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
      new Set(['functions.js', 'commands.js', 'taskpane.js', 'taskpane.html', 'functions.json', 'functions.nl.json', 'manifest.xml', 'help.html']),
    );
    for (const url of manifestFileUrls(root)) {
      const file = new URL(url).pathname.slice(1);
      const found = file.startsWith('assets/') ? fs.existsSync(assetFile(url)) : outputs.has(file);
      expect({ file, found }).toEqual({ file, found: true });
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

  test('declares the Excel API version the shell needs (1.8) next to SharedRuntime 1.1', () => {
    const sets = findAll(root, 'Set').map((x) => `${x.attrs.Name} ${x.attrs.MinVersion}`);
    expect(sets).toEqual(['ExcelApi 1.8', 'SharedRuntime 1.1']);
  });
});

/** The repo file behind a manifest URL under `base` (assets only; built files are checked against webpack above). */
function assetUnder(base: string): (url: string) => string | undefined {
  return (url) => {
    if (!url.startsWith(base)) return undefined;
    const rest = decodeURIComponent(url.slice(base.length));
    return rest.startsWith('assets/') ? path.join(ROOT, rest) : undefined;
  };
}

const MANIFEST_TEXT = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

async function violations(xml: string, base = `${DEV_ORIGIN}/`): Promise<string[]> {
  return checkManifest(await parseXml(xml), { assetFile: assetUnder(base) });
}

/** manifest.xml with one exact piece of text replaced (the piece must exist once). */
function mutate(from: string, to: string): string {
  expect(MANIFEST_TEXT.split(from)).toHaveLength(2);
  return MANIFEST_TEXT.replace(from, to);
}

describe('the offline manifest check', () => {
  test('finds nothing to reject in manifest.xml', async () => {
    expect(await violations(MANIFEST_TEXT)).toEqual([]);
  });

  test.each([
    ['elements out of the schema order', () => mutate('<Version>1.0.0.0</Version>\n  <ProviderName>RMO for Excel</ProviderName>', '<ProviderName>RMO for Excel</ProviderName>\n  <Version>1.0.0.0</Version>'), /<Version> comes after <ProviderName>/],
    ['Runtimes not first in the host', () => mutate('<Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>\n', '').replace('</AllFormFactors>', '</AllFormFactors>\n        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'), /<Runtimes> comes after <AllFormFactors>/],
    ['a resid longer than 32 characters', () => mutate('<bt:String id="RunButton.Tooltip"', '<bt:String id="RunButton.Tooltip.Far.Too.Long.Id.X"').replace('resid="RunButton.Tooltip"', 'resid="RunButton.Tooltip.Far.Too.Long.Id.X"'), /longer than 32 characters|1 to 32 characters/],
    ['a resid that names nothing', () => mutate('<Label resid="Tab.Label"/>', '<Label resid="Tab.Lable"/>'), /resid "Tab.Lable" on <Label> is not defined/],
    ['a short string over 125 characters', () => mutate('DefaultValue="Run analysis"', `DefaultValue="${'x'.repeat(126)}"`), /longer than 125 characters/],
    ['an http URL', () => mutate('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), /is not HTTPS/],
    ['an AppDomain with a path', () => mutate('  <Hosts>\n    <Host Name="Workbook"/>', '  <AppDomains>\n    <AppDomain>https://addins.example.org/rmo</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>'), /not an origin alone/],
    ['a TaskpaneId with a shared runtime', () => mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>RMO.Taskpane</TaskpaneId>'), /<TaskpaneId> must not be used/],
    ['a function file outside the shared runtime', () => mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), /<FunctionFile> must use the runtime's resid/],
    ['a shared runtime without its requirement set', () => mutate('      <Set Name="SharedRuntime" MinVersion="1.1"/>\n', ''), /needs <Set Name="SharedRuntime"/],
    ['a LearnMoreUrl pointing at the pane', () => mutate('DefaultValue="https://localhost:3000/help.html"', 'DefaultValue="https://localhost:3000/taskpane.html"'), /points at the task pane itself/],
    ['an icon file of the wrong size', () => mutate('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'), /80-pixel icon "Icon.80x80" .* is not a 80×80 PNG/],
    ['a missing required icon size', () => mutate('<Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control xsi:type="Button" id="RMO.TaskpaneButton">', '<Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                </Icon>\n                <Control xsi:type="Button" id="RMO.TaskpaneButton">'), /lacks the required 80-pixel image/],
  ])('rejects %s', async (_what, make, expected) => {
    const found = await violations(make());
    expect(found.some((v) => expected.test(v))).toBe(true);
  });
});

describe('RMO_PUBLIC_URL', () => {
  const { manifestTransform } = require(path.join(ROOT, 'webpack.config.js'));
  function rewrite(publicUrl: string, xml: string = MANIFEST_TEXT): string {
    const saved = process.env.RMO_PUBLIC_URL;
    process.env.RMO_PUBLIC_URL = publicUrl;
    try {
      return manifestTransform(Buffer.from(xml)).toString();
    } finally {
      if (saved === undefined) delete process.env.RMO_PUBLIC_URL;
      else process.env.RMO_PUBLIC_URL = saved;
    }
  }

  test.each([
    ['https://addins.example.org/rmo', 'https://addins.example.org/rmo/'],
    ['https://addins.example.org/rmo/', 'https://addins.example.org/rmo/'],
    ['https://addins.example.org', 'https://addins.example.org/'],
    ['https://intranet.example.org:8443/office/add-ins/rmo', 'https://intranet.example.org:8443/office/add-ins/rmo/'],
  ])('%s gives a manifest the offline check accepts, every URL under %s', async (publicUrl, base) => {
    const moved = rewrite(publicUrl);
    expect(await violations(moved, base)).toEqual([]);
    const urls = manifestUrls(await parseXml(moved));
    expect(urls).toHaveLength(manifestUrls(await parseXml(MANIFEST_TEXT)).length);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    expect(urls).toContain(`${base}functions.nl.json`);
    expect(moved).not.toContain('localhost');
  });

  test('puts only the origin, never the path, into an AppDomain', async () => {
    const withDomain = mutate('  <Hosts>\n    <Host Name="Workbook"/>', '  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>');
    const moved = rewrite('https://addins.example.org/rmo', withDomain);
    expect(findAll(await parseXml(moved), 'AppDomain').map((d) => d.text)).toEqual(['https://addins.example.org']);
    expect(await violations(moved, 'https://addins.example.org/rmo/')).toEqual([]);
  });

  test.each(['http://addins.example.org/rmo', 'addins.example.org/rmo', 'https://addins.example.org/rmo?v=2', 'https://addins.example.org/rmo#x', 'ftp://addins.example.org'])(
    'refuses %s',
    (publicUrl) => {
      expect(() => rewrite(publicUrl)).toThrow(/RMO_PUBLIC_URL/);
    },
  );
});
