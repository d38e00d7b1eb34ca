/**
 * Request-size budgeting. Excel rejects a request (the batch sent by one
 * context.sync()) above 5 MB; Excel on the web has the same limit for responses.
 * We estimate the JSON size of what we queue and keep each request well under.
 */

/** Excel's documented payload limit per request. */
export const EXCEL_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What we allow ourselves per request: headroom for protocol overhead and estimate error. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Largest single value write; a block above this is split into row chunks. */
export const CHUNK_BUDGET = 1024 * 1024;
/** Flat estimate for a small queued operation (a property set, a method call with short arguments). */
export const SMALL_OP_BYTES = 256;

/** JSON size of one row as Office.js would serialise it (UTF-16 code units ≈ bytes for mostly-Latin text). */
export function rowBytes(row: readonly unknown[]): number {
  return JSON.stringify(row).length + 1;
}

export interface RowChunk {
  /** Offset of the chunk's first row within the block. */
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/**
 * Splits rows into consecutive chunks of at most `budget` estimated bytes each
 * (a single row larger than the budget still gets its own chunk: it cannot be
 * split further without splitting cells).
 */
export function chunkRows(rows: readonly (readonly unknown[])[], budget: number = CHUNK_BUDGET): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]);
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
