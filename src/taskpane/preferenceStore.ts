/**
 * Per-user switches of the pane (like the language, not properties of the workbook):
 * kept in localStorage, read defensively because storage can be missing or throw.
 */
export const ACTIVATE_RESULTS_KEY = 'rmo.activateResults';

export function loadActivateResults(): boolean {
  try {
    return typeof localStorage === 'undefined' || localStorage.getItem(ACTIVATE_RESULTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveActivateResults(on: boolean): void {
  try {
    localStorage.setItem(ACTIVATE_RESULTS_KEY, on ? 'on' : 'off');
  } catch {
    // The choice then lasts until the pane closes.
  }
}
