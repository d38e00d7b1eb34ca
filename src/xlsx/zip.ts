import * as zlib from 'node:zlib';

/**
 * The zip container of an OOXML package, on Node's own zlib. Reading keeps each
 * entry's compressed bytes; writing copies the entries nobody changed exactly as
 * they were (no recompression: the user's parts stay byte for byte, and a 200,000-row
 * sheet costs nothing to keep) and deflates only the parts we wrote.
 * Covers what spreadsheet writers produce: stored and deflated entries, data
 * descriptors, Zip64 sizes and offsets (read), UTF-8 names.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Uint8Array;
}

export class ZipError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('end of the zip directory not found');
  let count = dv.getUint16(eocd + 10, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === MAX32) && eocd >= 20 && dv.getUint32(eocd - 20, true) === SIG_ZIP64_LOCATOR) {
    const at = Number(dv.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== SIG_ZIP64_EOCD) throw new ZipError('bad Zip64 directory');
    count = Number(dv.getBigUint64(at + 32, true));
    cdOffset = Number(dv.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIG_CENTRAL) throw new ZipError('zip directory is cut off');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    let compSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let local = dv.getUint32(p + 42, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, nameLen).toString(flags & 0x800 ? 'utf8' : 'latin1');
    // Zip64 extra field: the 64-bit values, in this order, for the 32-bit fields that overflowed.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === MAX32) (size = Number(dv.getBigUint64(q, true))), (q += 8);
        if (compSize === MAX32) (compSize = Number(dv.getBigUint64(q, true))), (q += 8);
        if (local === MAX32) local = Number(dv.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    p = extraEnd + commentLen;
    if (flags & 0x1) throw new ZipError(`entry ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError(`entry ${name} uses compression method ${method}`);
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== SIG_LOCAL) throw new ZipError(`entry ${name} is cut off`);
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (start + compSize > bytes.length) throw new ZipError(`entry ${name} is cut off`);
    entries.push({ name, method, crc, size, compressed: bytes.subarray(start, start + compSize) });
  }
  return entries;
}

export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.compressed;
  try {
    return zlib.inflateRawSync(e.compressed);
  } catch (err) {
    throw new ZipError(`entry ${e.name} is damaged: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const crc32: (data: Uint8Array) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (d) => (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32(d) : crc32Js;

let table: Uint32Array | undefined;
function crc32Js(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new entry from uncompressed data: deflated at zlib's default level (tiny parts stored). */
export function makeEntry(name: string, data: Uint8Array): ZipEntry {
  const crc = crc32(data);
  if (data.length < 64) return { name, method: 0, crc, size: data.length, compressed: data };
  return { name, method: 8, crc, size: data.length, compressed: zlib.deflateRawSync(data, { level: 6 }) };
}

/** 1 January 1980, 00:00: zip's earliest date; the parts carry no meaningful time of their own. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    if (offset > MAX32 || e.compressed.length >= MAX32 || e.size >= MAX32) throw new ZipError('the workbook is too large for a zip without Zip64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(SIG_CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(DOS_DATE, 14);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.compressed.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.compressed);
    central.push(dir, name);
    offset += 30 + name.length + e.compressed.length;
  }
  if (entries.length > 0xffff) throw new ZipError('too many parts for a zip without Zip64');
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
