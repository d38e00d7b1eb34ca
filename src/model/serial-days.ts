/**
 * Calendar dates as Excel serial days (1899-12-30 = 0), by plain arithmetic: no Date,
 * no time zones. Every layer that turns a typed date into a serial day uses these.
 */

/** Excel serial day range: 1 = 1899-12-31 … 2958465 = 9999-12-31. */
export const MIN_SERIAL = 1;
export const MAX_SERIAL = 2958465;

/**
 * Days from 1970-01-01 of a proleptic Gregorian date, by plain arithmetic
 * (years shifted to start in March so the leap day falls at the end of a year).
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 1899-12-30 is serial 0; it lies 25569 days before 1970-01-01. */
const EPOCH_OFFSET = 25569;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/**
 * Excel serial day of a calendar date, or undefined when the date does not exist or lies
 * outside Excel's range. Uses the 1899-12-30 epoch throughout, so dates before 1900-03-01
 * differ by one from what Excel shows (Excel's fictional 1900-02-29); irrelevant for
 * supplier data, noted in the README.
 */
export function serialFromDate(y: number, m: number, d: number): number | undefined {
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const serial = daysFromCivil(y, m, d) + EPOCH_OFFSET;
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : undefined;
}

/** Calendar date of a serial day (inverse of serialFromDate), as "yyyy-mm-dd". */
export function isoFromSerial(serial: number): string {
  const z = Math.floor(serial) - EPOCH_OFFSET + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
