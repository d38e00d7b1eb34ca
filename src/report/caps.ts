/**
 * How much prose an output sheet holds at most. Data sheets (results, matrices,
 * timelines) list every supplier; a sheet of texts to read does not: nobody reads
 * 200,000 review conversations, and they would make the workbook hundreds of
 * megabytes. Beyond the cap the sheet says how many it shows and where the rest is.
 * One place for both shells, so the add-in and the command line write the same.
 */
export const REPORT_CAPS = {
  /** Suppliers on the review sheet (three wrapped answers each). */
  reviewRows: 2_000,
} as const;
