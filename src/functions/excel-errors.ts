import { Failure, Grid, Outcome, isFailure } from './outcome';

/**
 * The only place that touches the CustomFunctions global: Failures become #VALUE!
 * errors carrying the catalogue message (shown in Excel's error tooltip).
 */
function toExcelError(f: Failure): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, f.error);
}

/** A single result: the value, or a thrown #VALUE!. */
export function valueOrThrow<T>(r: Outcome<T>): T {
  if (isFailure(r)) throw toExcelError(r);
  return r;
}

/** A spilled result: the whole call fails with #VALUE!, or each bad cell gets its own. */
export function gridOrThrow<T>(r: Outcome<Grid<T>>): (T | CustomFunctions.Error)[][] {
  if (isFailure(r)) throw toExcelError(r);
  return r.map((row) => row.map((c) => (isFailure(c) ? toExcelError(c) : c)));
}
