/**
 * The pure core never throws and never touches the CustomFunctions global: a problem
 * comes back as a Failure carrying the user-facing message, and the Excel shell
 * (excel-errors.ts) turns it into #VALUE! with that message. That keeps the logic
 * testable in Node.
 */
export interface Failure {
  readonly error: string;
}

export type Outcome<T> = T | Failure;

/** A spilled result: each cell is a value or its own error. */
export type Grid<T> = Outcome<T>[][];

export function fail(error: string): Failure {
  return { error };
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { error?: unknown }).error === 'string';
}
