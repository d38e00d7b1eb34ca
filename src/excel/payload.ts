/**
 * Request-size budgeting. Excel on the web limits each request (the batch sent by
 * one context.sync()) and each response to 5 MB and answers RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded beyond it ("Payload size limit best practices",
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance). The payload travels as
 * JSON in UTF-8, so sizes here are UTF-8 bytes of the JSON we queue: "é" is 2 bytes, "中" 3,
 * an emoji 4 — counting UTF-16 code units (string length) would undercount non-Latin text.
 */

/** Excel's documented payload limit per request and per response (5 MB; taken as MiB, the larger reading, only by the fake). */
export const EXCEL_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What we allow ourselves per request: headroom for protocol overhead and estimate error. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Largest single value write; a block above this is split into row chunks. */
export const CHUNK_BUDGET = 1024 * 1024;
/** Flat estimate for a small queued operation (a property set, a method call with short arguments). */
export const SMALL_OP_BYTES = 256;

/** UTF-8 length of a string, without allocating (works the same in the browser and Node). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair is one code point of 4 bytes
      i++;
    } else n += 3; // rest of the BMP, and a lone surrogate (sent as U+FFFD, 3 bytes)
  }
  return n;
}

/** UTF-8 size of a value as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? 'null');
}

/** JSON size of one row as Office.js would serialise it, in UTF-8 bytes (plus its separator). */
export function rowBytes(row: readonly unknown[]): number {
  return jsonBytes(row) + 1;
}

/** True for the errors Excel gives when a request or response passes the payload limit. */
export function isPayloadLimitError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' ? code : String((err as { message?: unknown } | null)?.message ?? '');
  return /(Request|Response)PayloadSizeLimitExceeded/.test(text);
}

export interface RowChunk {
  /** Offset of the chunk's first row within the block. */
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/**
 * Splits rows into consecutive chunks of at most `budget` bytes each (a single row
 * larger than the budget still gets its own chunk: it cannot be split further without
 * splitting cells). `extraPerRow` adds the bytes of what is written beside each row
 * (its number formats).
 */
export function chunkRows(
  rows: readonly (readonly unknown[])[],
  budget: number = CHUNK_BUDGET,
  extraPerRow: (i: number) => number = () => 0,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]) + extraPerRow(i);
    if (i > start && bytes + b > budget) {
      chunks.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows.length > start) chunks.push({ start, count: rows.length - start, bytes });
  return chunks;
}

/**
 * Decides when to sync while queueing writes: `reserve(bytes)` syncs first if
 * the queued request would otherwise pass the budget. The number of syncs thus
 * grows with payload bytes (one extra per ~4 MB), never with row count as such.
 */
export class RequestBudget {
  private queued = 0;
  private syncs = 0;

  constructor(
    private readonly sync: () => Promise<unknown>,
    private readonly budget: number = REQUEST_BUDGET,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    await this.sync();
    this.syncs++;
    this.queued = 0;
  }

  /** Syncs this budget issued (for diagnostics and the benchmark). */
  get syncCount(): number {
    return this.syncs;
  }
}
