import { inflateEntry, makeEntry, readZip, writeZip, type ZipEntry } from './zip';
import { attr, folderOf, relsPathOf, resolvePart, tags } from './xml';

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * An .xlsx/.xlsm file as its package: part name → the part, in the order the file had
 * them. A part nobody set stays the zip entry it was read as and is written back
 * with its original compressed bytes, so it is byte for byte what the user's program
 * wrote. Parts are inflated only when read.
 */
export class XlsxPackage {
  /** Original entry, or the new content of a part we wrote. */
  private readonly parts: Map<string, ZipEntry | Uint8Array>;
  private readonly texts = new Map<string, string>();

  constructor(entries: readonly ZipEntry[]) {
    this.parts = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    const p = this.parts.get(name);
    return p === undefined || p instanceof Uint8Array ? p : inflateEntry(p);
  }

  /**
   * True when the part's bytes contain `needle` (ASCII), without decoding the part to
   * text. Remembered for parts still as read, so a 200,000-row sheet is inflated for
   * this once, not at every look.
   */
  contains(name: string, needle: string): boolean {
    const p = this.parts.get(name);
    if (p === undefined) return false;
    if (p instanceof Uint8Array) return Buffer.from(p.buffer, p.byteOffset, p.length).indexOf(needle, 0, 'latin1') >= 0;
    let memo = this.seen.get(p);
    if (!memo) this.seen.set(p, (memo = new Map()));
    let found = memo.get(needle);
    if (found === undefined) {
      const cached = this.texts.get(name);
      const bytes = cached === undefined ? inflateEntry(p) : undefined;
      found = cached !== undefined ? cached.includes(needle) : Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.length).indexOf(needle, 0, 'latin1') >= 0;
      memo.set(needle, found);
    }
    return found;
  }

  private readonly seen = new WeakMap<ZipEntry, Map<string, boolean>>();

  /** True when the part is still the entry read from the file. */
  isOriginal(name: string): boolean {
    const p = this.parts.get(name);
    return p !== undefined && !(p instanceof Uint8Array);
  }

  /** A part as text (UTF-8; a BOM is dropped). Cached: big sheets are decoded once. */
  text(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const b = this.bytes(name);
    if (!b) return undefined;
    let s = b.length > 2 && b[0] === 0xff && b[1] === 0xfe ? Buffer.from(b).toString('utf16le') : utf8.decode(b);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.texts.set(name, s);
    return s;
  }

  /** Drops a decoded text from the cache (after a big sheet has been read). */
  forget(name: string): void {
    this.texts.delete(name);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, encoder.encode(text));
    this.texts.set(name, text);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.parts.set(name, bytes);
    this.texts.delete(name);
  }

  /** Sets a big part and compresses it at once, so only its compressed bytes stay in memory until save. */
  setCompressed(name: string, bytes: Uint8Array): void {
    this.parts.set(name, makeEntry(name, bytes));
    this.texts.delete(name);
  }

  remove(name: string): void {
    this.parts.delete(name);
    this.texts.delete(name);
  }

  /** Relationships of a part: id → { target part name, type, external }. */
  relationships(part: string): Map<string, Relationship> {
    const out = new Map<string, Relationship>();
    const xml = this.text(relsPathOf(part));
    if (!xml) return out;
    const folder = folderOf(part);
    for (const tag of tags(xml, 'Relationship')) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (!id || target === undefined) continue;
      const external = attr(tag, 'TargetMode') === 'External';
      out.set(id, { id, type: attr(tag, 'Type') ?? '', target: external ? target : resolvePart(folder, target), external });
    }
    return out;
  }

  /** The zip file: original entries copied, ours deflated; [Content_Types].xml first, as Office writes it. */
  save(): Uint8Array {
    const entries: ZipEntry[] = [];
    for (const [name, p] of this.parts) entries.push(p instanceof Uint8Array ? makeEntry(name, p) : p);
    entries.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : 0));
    return writeZip(entries);
  }
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name for internal targets; the target as written for external ones. */
  readonly target: string;
  readonly external: boolean;
}

/** Why a file could not be opened as a workbook; cli/ turns each kind into a message. */
export type OpenFailure = 'empty' | 'encrypted' | 'xls' | 'notWorkbook' | 'truncated' | 'noWorkbookPart';

export class WorkbookFileError extends Error {
  constructor(
    readonly kind: OpenFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'WorkbookFileError';
  }
}

/** The first bytes of an OLE compound file: old .xls files and password-protected .xlsx both use it. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE text occurs in the bytes (stream names in a compound file's directory). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(Buffer.from(text, 'utf16le')) >= 0;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Opens the bytes of a workbook file. Tells apart, before any zip library sees them,
 * the files people give an .xlsx tool by mistake: an empty file, a password-protected
 * workbook (an encrypted package inside a compound file, with an EncryptionInfo
 * stream), an old binary .xls, text such as CSV, a damaged or cut-off zip, and a zip
 * that holds no workbook (a .docx, an archive).
 */
export function openPackage(bytes: Uint8Array): { pkg: XlsxPackage; workbookPart: string } {
  if (bytes.length === 0) throw new WorkbookFileError('empty', 'the file is empty');
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) throw new WorkbookFileError('encrypted', 'encrypted package');
    throw new WorkbookFileError('xls', 'compound file');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WorkbookFileError('notWorkbook', 'not a zip package');
  let pkg: XlsxPackage;
  let workbookPart: string | undefined;
  try {
    pkg = new XlsxPackage(readZip(bytes));
    const root = [...pkg.relationships('').values()].find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
    workbookPart = root?.target ?? (pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
    if (workbookPart && pkg.has(workbookPart) && !/<(?:[\w.-]+:)?workbook\b/.test(pkg.text(workbookPart) ?? '')) workbookPart = undefined;
  } catch (e) {
    throw new WorkbookFileError('truncated', e instanceof Error ? e.message : String(e));
  }
  if (!workbookPart || !pkg.has(workbookPart)) throw new WorkbookFileError('noWorkbookPart', 'no workbook part');
  return { pkg, workbookPart };
}
