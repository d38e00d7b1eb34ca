import { serialDayOf } from '../model';

/**
 * Today on this machine as an Excel serial day: the analysis date of APPRECIATION and
 * STATUS when as_of is left empty, the same default the task pane, the ribbon and the
 * command line use (model/analysis-date.ts). Read on every call, so a workbook left
 * open past midnight moves on with the date, like Excel's TODAY().
 */
export function today(): number {
  return serialDayOf(new Date());
}
