// An offline check of an add-in only (XML) manifest for what Microsoft's validator
// (office-addin-manifest validate, which needs the network) would reject, from the manifest
// reference at https://learn.microsoft.com/javascript/api/manifest (office-js-docs-reference,
// docs/manifest/*.md): element order, resource ids and string lengths, URL rules, the
// shared-runtime rules, icon sizes. Returns every violation as a sentence; [] means clean.
import * as fs from 'fs';
import { XmlNode, child, findAll, walk } from './manifest-xml';

export interface CheckOptions {
  /** The file behind an asset URL, when it can be looked at offline (undefined: skip the pixel check). */
  readonly assetFile?: (url: string) => string | undefined;
}

/** OfficeApp's sequence, then TaskPaneApp's extension of it (OfficeAppManifestv1.1.xsd). */
const TOP_LEVEL_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts',
  'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
];
const TOP_LEVEL_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

/** Child order the schema fixes inside elements we use (names absent from a list may not appear). */
const CHILD_ORDER: Record<string, readonly string[]> = {
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins'],
  // "The <Runtimes> section must be entered after the <Host> element in the exact order shown."
  Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint', 'SupportsSharedFolders'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  CustomTab: ['Group', 'OfficeGroup', 'Label', 'InsertAfter', 'InsertBefore'],
  Group: ['Label', 'Tooltip', 'Icon', 'Control', 'OfficeControl'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};
/** Where a name may repeat or interleave (Group/OfficeGroup; Control/OfficeControl; extension points). */
const INTERLEAVED = new Set(['Group', 'OfficeGroup', 'Control', 'OfficeControl', 'ExtensionPoint']);

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

/** What kind of resource each referencing element must point at (from the manifest reference). */
function expectedKind(node: XmlNode, parent: XmlNode | undefined): ResourceKind | undefined {
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
    case 'Tooltip':
      return parent && ['Supertip', 'GetStarted', 'Group'].includes(parent.name) ? 'bt:LongStrings' : undefined;
  }
  return undefined;
}

/** Text limits per resource kind: "ShortStrings … 125 characters", "LongStrings … 250", "Urls … 2048". */
const MAX_LENGTH: Record<ResourceKind, number> = { 'bt:Images': 2048, 'bt:Urls': 2048, 'bt:ShortStrings': 125, 'bt:LongStrings': 250 };
/** Icon sizes: "Three image sizes are required (16, 32, and 80 pixels) while five other sizes are supported". */
const REQUIRED_ICON_SIZES = ['16', '32', '80'];
const ICON_SIZES = new Set(['16', '20', '24', '32', '40', '48', '64', '80']);

/** Width and height from a PNG's IHDR chunk; undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.subarray(1, 4).toString('ascii') !== 'PNG') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkOrder(node: XmlNode, order: readonly string[], where: string, out: string[]): void {
  let last = -1;
  const seen = new Set<string>();
  for (const c of node.children) {
    const at = order.indexOf(c.name);
    if (at < 0) {
      out.push(`<${c.name}> is not allowed in <${where}>`);
      continue;
    }
    if (at < last) out.push(`<${c.name}> comes after <${order[last]}> in <${where}>, against the schema's order`);
    if (seen.has(c.name) && !INTERLEAVED.has(c.name)) out.push(`<${c.name}> appears twice in <${where}>`);
    seen.add(c.name);
    last = Math.max(last, at);
  }
}

function checkUrl(url: string, where: string, out: string[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    out.push(`${where}: "${url}" is not an absolute URL`);
    return;
  }
  if (parsed.protocol !== 'https:') out.push(`${where}: "${url}" is not HTTPS`);
  if (url.length > 2048) out.push(`${where}: the URL is longer than 2048 characters`);
}

export function checkManifest(root: XmlNode, options: CheckOptions = {}): string[] {
  const out: string[] = [];
  if (root.name !== 'OfficeApp') return ['the root element is not <OfficeApp>'];

  // Order and presence of the top-level elements, and of the elements the schema orders.
  const names = root.children.map((c) => c.name);
  checkOrder(root, TOP_LEVEL_ORDER, 'OfficeApp', out);
  for (const name of TOP_LEVEL_REQUIRED) if (!names.includes(name)) out.push(`<${name}> is missing`);
  for (const { node } of walk(root)) {
    const order = CHILD_ORDER[node.name];
    // <Host> and <Description> exist in two places; only the VersionOverrides ones are ordered here.
    if (!order || (node.name === 'Host' && node.attrs['xsi:type'] === undefined)) continue;
    checkOrder(node, order, node.name, out);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child(root, 'Id')?.text ?? '')) out.push('<Id> is not a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(child(root, 'Version')?.text ?? '')) out.push('<Version> is not of the form n.n.n.n');
  for (const [name, max] of [['DisplayName', 125], ['Description', 250]] as const) {
    const node = child(root, name);
    const texts = [node?.attrs.DefaultValue ?? '', ...(node?.children ?? []).map((o) => o.attrs.Value ?? '')];
    if (texts.some((t) => t.length === 0 || t.length > max)) out.push(`<${name}> must have 1 to ${max} characters in every locale`);
  }

  // Resources: ids unique and at most 32 characters; every resid defined, of the right kind.
  const defs = new Map<string, { kind: ResourceKind; node: XmlNode }>();
  const resources = findAll(root, 'Resources')[0];
  for (const group of resources?.children ?? []) {
    for (const def of group.children) {
      const id = def.attrs.id ?? '';
      if (defs.has(id)) out.push(`resource id "${id}" is defined twice`);
      if (id.length === 0 || id.length > 32) out.push(`resource id "${id}" must have 1 to 32 characters`);
      const kind = group.name as ResourceKind;
      defs.set(id, { kind, node: def });
      const texts = [def.attrs.DefaultValue ?? '', ...def.children.map((o) => o.attrs.Value ?? '')];
      for (const t of texts) if (t.length > MAX_LENGTH[kind]) out.push(`resource "${id}" is longer than ${MAX_LENGTH[kind]} characters`);
      if (kind === 'bt:Urls' || kind === 'bt:Images') for (const t of texts) checkUrl(t, `resource "${id}"`, out);
    }
  }
  const used = new Set<string>();
  for (const { node, parent } of walk(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > 32) out.push(`resid "${resid}" is longer than 32 characters`);
    const def = defs.get(resid);
    const kind = expectedKind(node, parent);
    if (!def) out.push(`resid "${resid}" on <${node.name}> is not defined in <Resources>`);
    else if (kind === undefined) out.push(`<${node.name}> in <${parent?.name}> takes no resid`);
    else if (def.kind !== kind) out.push(`resid "${resid}" on <${node.name}> must name one of ${kind}, not ${def.kind}`);
  }
  for (const id of defs.keys()) if (!used.has(id)) out.push(`resource "${id}" is never used`);

  // URLs outside <Resources>: HTTPS; an AppDomain is an origin only ("Don't include any
  // segments of a URL past the domain"), without wildcards.
  for (const { node } of walk(root)) {
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(node.name) && node.attrs.DefaultValue !== undefined) {
      checkUrl(node.attrs.DefaultValue, `<${node.name}>`, out);
      for (const o of node.children) if (o.attrs.Value !== undefined) checkUrl(o.attrs.Value, `<${node.name}> override`, out);
    }
    if (node.name === 'AppDomain') {
      checkUrl(node.text, '<AppDomain>', out);
      if (node.text.includes('*')) out.push(`<AppDomain> "${node.text}" has a wildcard`);
      try {
        if (new URL(node.text).origin !== node.text) out.push(`<AppDomain> "${node.text}" is not an origin alone (no path, no trailing slash)`);
      } catch {
        /* reported by checkUrl */
      }
    }
  }

  // Shared runtime (configure-your-add-in-to-use-a-shared-runtime): one long-lived runtime,
  // SharedRuntime 1.1 required, the same resid for the runtime, the functions page, the
  // function file and the task pane, and no <TaskpaneId> under a host with a long runtime.
  for (const host of findAll(root, 'Host').filter((h) => h.attrs['xsi:type'] !== undefined)) {
    const long = findAll(host, 'Runtime').filter((r) => r.attrs.lifetime === 'long');
    if (long.length === 0) continue;
    if (long.length > 1) out.push('more than one <Runtime> has lifetime="long"');
    const sets = findAll(root, 'Set').map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    if (!sets.includes('SharedRuntime 1.1')) out.push('a long-lived runtime needs <Set Name="SharedRuntime" MinVersion="1.1"/> in <Requirements>');
    const resid = long[0].attrs.resid;
    const cf = findAll(host, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
    const page = cf && child(child(cf, 'Page') ?? cf, 'SourceLocation');
    if (cf && page?.attrs.resid !== resid) out.push(`the custom functions <Page> must use the runtime's resid "${resid}"`);
    for (const ff of findAll(host, 'FunctionFile')) if (ff.attrs.resid !== resid) out.push(`<FunctionFile> must use the runtime's resid "${resid}"`);
    for (const action of findAll(host, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane')) {
      if (child(action, 'SourceLocation')?.attrs.resid !== resid) out.push(`a ShowTaskpane action must use the runtime's resid "${resid}"`);
      if (child(action, 'TaskpaneId') !== undefined) out.push('<TaskpaneId> must not be used under a host with a long-lived runtime');
    }
  }

  // GetStarted's LearnMoreUrl is "a page that explains the add-in in detail", not the pane.
  const learnMore = findAll(root, 'LearnMoreUrl')[0]?.attrs.resid;
  const paneUrls = findAll(root, 'Action')
    .filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane')
    .map((a) => defs.get(child(a, 'SourceLocation')?.attrs.resid ?? '')?.node.attrs.DefaultValue);
  if (learnMore !== undefined && paneUrls.includes(defs.get(learnMore)?.node.attrs.DefaultValue)) out.push('<LearnMoreUrl> points at the task pane itself');

  // Icons: the required ribbon sizes, only supported sizes, and files of those pixel sizes.
  for (const icon of findAll(root, 'Icon')) {
    const sizes = icon.children.map((i) => i.attrs.size);
    for (const s of REQUIRED_ICON_SIZES) if (!sizes.includes(s)) out.push(`an <Icon> lacks the required ${s}-pixel image`);
    for (const s of sizes) if (!ICON_SIZES.has(s)) out.push(`an <Icon> has the unsupported size ${s}`);
  }
  const expectPixels = (url: string | undefined, size: number, what: string) => {
    const file = url === undefined ? undefined : options.assetFile?.(url);
    if (file === undefined) return;
    const got = fs.existsSync(file) ? pngSize(file) : undefined;
    if (!got || got.width !== size || got.height !== size) out.push(`${what} (${url}) is not a ${size}×${size} PNG`);
  };
  for (const ref of findAll(root, 'bt:Image').filter((n) => n.attrs.size !== undefined)) {
    expectPixels(defs.get(ref.attrs.resid)?.node.attrs.DefaultValue, Number(ref.attrs.size), `the ${ref.attrs.size}-pixel icon "${ref.attrs.resid}"`);
  }
  // "Task pane 32 x 32"; "For content and task pane apps, the image resolution must be 64 x 64 pixels."
  expectPixels(child(root, 'IconUrl')?.attrs.DefaultValue, 32, '<IconUrl>');
  expectPixels(child(root, 'HighResolutionIconUrl')?.attrs.DefaultValue, 64, '<HighResolutionIconUrl>');
  return out;
}
