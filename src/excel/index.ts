/** The Office.js shell: read inputs, apply sheet plans, recognise the add-in's own sheets. */
export { readInputs, readWorkbook, READ_SYNCS, READ_CELL_CAP, type ReadOptions, type WorkbookRead } from './read';
export { applyPlans, APPLY_BASE_SYNCS, type ApplyOptions, type AppliedSheet } from './apply';
export {
  SHEET_KEY_PROPERTY,
  OWNED_SHEETS_SETTING,
  detectOwnershipMode,
  queueOwnershipLoad,
  type OwnershipMode,
  type OwnedSheets,
  type Ownership,
} from './ownership';
export { uniqueSheetName, cleanSheetName, MAX_SHEET_NAME } from '../report/sheet-names';
export { EXCEL_REQUEST_LIMIT, REQUEST_BUDGET, CHUNK_BUDGET } from './payload';
