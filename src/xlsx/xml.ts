/**
 * The little XML this shell needs, on strings: attribute lookup, escaping both ways
 * (XML entities and OOXML's `_xHHHH_` escapes for characters XML cannot hold), and
 * tag search that tolerates namespace prefixes (`<x:sheet …>` from some writers).
 * The user's parts are never parsed into a tree and written back, so nothing we do
 * not understand can be lost.
 */

/** The value of attribute `name` in one start tag, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** Every start (or empty) tag of a local element name, whatever its prefix. */
export function tags(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, 'g')) ?? [];
}

/** The namespace prefix with its colon ("x:") the document uses for `local`, or "". */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}\\b`).exec(xml);
  return m?.[1] ?? '';
}

/** The prefix one start tag itself binds to namespace `ns` (`xmlns:r="…"` → "r"), or undefined. */
export function prefixDeclaredOn(tag: string, ns: string): string | undefined {
  const re = /\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) if ((m[2] ?? m[3]) === ns) return m[1];
  return undefined;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITY[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(code);
  });
}

/** Text content of a spreadsheet string: XML entities, then `_x000D_`-style escapes. */
export function unescapeText(s: string): string {
  const t = unescapeXml(s);
  return t.indexOf('_x') < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cell or shared text for a part: XML escaping, plus `_xHHHH_` for control characters
 * XML 1.0 cannot carry and for a literal "_x0041_" the reader would otherwise decode.
 */
export function escapeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>_\u0000-\u001F\uFFFE\uFFFF]/.test(s)) return s;
  let t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (/_x[0-9A-Fa-f]{4}_/.test(t)) t = t.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(t)) {
    // eslint-disable-next-line no-control-regex
    t = t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  }
  return t;
}

/** Text of an <si>/<is> string item: its <t> runs joined, phonetic runs left out. */
export function stringItemText(xml: string): string {
  let body = xml;
  if (body.indexOf('rPh') >= 0) body = body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let out = '';
  const re = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ? unescapeText(m[1]) : '';
  return out;
}

/** Resolves a relationship target against the folder of its source part ("xl/"). */
export function resolvePart(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = folder.split('/').filter(Boolean);
  for (const p of target.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Folder of a part, with a trailing slash: "xl/worksheets/sheet1.xml" → "xl/worksheets/". */
export function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from `fromFolder` to `part` ("xl/worksheets/" → "xl/drawings/d1.xml" = "../drawings/d1.xml"). */
export function relativeTarget(fromFolder: string, part: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
