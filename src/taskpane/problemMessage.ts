import { catalogue, format, type Language } from '../i18n';
import type { Problem } from '../input/types';
import { problemText } from '../input';

/**
 * A problem's sentence without its leading place ("Sheet "X", row 4, column Y: "), for
 * the pane, which shows the place once, as the link to the cell. Every problem template
 * starts with that place; should one not, or should the filled place differ, the whole
 * sentence is shown.
 */
export function problemMessage(problem: Problem, lang: Language): string {
  const full = problemText(problem, lang);
  const m = /^[^:]*\{sheet\}[^:]*:\s*/.exec(catalogue(lang).problems[problem.code]);
  if (!m) return full;
  const place = format(m[0], { sheet: problem.sheet, row: problem.row ?? '', column: problem.column ?? '' });
  return full.startsWith(place) ? full.slice(place.length) : full;
}
