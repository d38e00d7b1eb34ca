// Reads manifest.xml into a small element tree for the build tests (xml2js ships no types).
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
export const DEV_ORIGIN = 'https://localhost:3000';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

interface RawNode {
  '#name': string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

const xml2js = require('xml2js') as {
  parseStringPromise(xml: string, options: object): Promise<Record<string, RawNode>>;
};

function toNode(raw: RawNode): XmlNode {
  return {
    name: raw['#name'],
    attrs: raw.$ ?? {},
    text: (raw._ ?? '').trim(),
    children: (raw.$$ ?? []).map(toNode),
  };
}

/** Parses strictly: rejects XML that is not well-formed. */
export async function parseXml(xml: string): Promise<XmlNode> {
  const doc = await xml2js.parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    charsAsChildren: false,
    strict: true,
  });
  const [rootName] = Object.keys(doc);
  return toNode({ ...doc[rootName], '#name': rootName });
}

export async function readManifest(file: string = MANIFEST_PATH): Promise<XmlNode> {
  return parseXml(fs.readFileSync(file, 'utf8'));
}

/** Every element of the tree, depth first, with its parent. */
export function walk(node: XmlNode, parent?: XmlNode): { node: XmlNode; parent?: XmlNode }[] {
  return [{ node, parent }, ...node.children.flatMap((c) => walk(c, node))];
}

export function findAll(root: XmlNode, name: string): XmlNode[] {
  return walk(root)
    .map((e) => e.node)
    .filter((n) => n.name === name);
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Every absolute URL the manifest names: resources, icons, default page, app domains, overrides. */
export function manifestUrls(root: XmlNode): string[] {
  const urls: string[] = [];
  for (const { node } of walk(root)) {
    for (const key of ['DefaultValue', 'Value']) {
      const v = node.attrs[key];
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (node.name === 'AppDomain') urls.push(node.text);
  }
  return urls;
}

/** URLs that point at a file (everything but bare origins such as AppDomain). */
export function manifestFileUrls(root: XmlNode): string[] {
  return manifestUrls(root).filter((u) => new URL(u).pathname !== '/');
}
