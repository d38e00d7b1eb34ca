import { AppreciationLine, Incident, IncidentKind, Timeline, analysisDate, computeTimeline, lineIncidents } from '../model';
// The one list of category spellings (English, Dutch, aliases), shared with the sheet input.
import { matchCategory } from '../input/categories';
import { Language, catalogue, format, message } from '../i18n';
import { getDefaultLanguage, languageArg } from './language';
import { appreciationArgs, atCell, dateArg } from './args';
import { isBlank, cellText, readNumber } from './cells';
import { Outcome, fail, isFailure } from './outcome';
import { asMatrix } from './spill';
import { today } from './clock';

/**
 * Pairs the dates and impacts ranges cell by cell (same shape required). A pair
 * where both cells are blank is skipped, so ranges may include empty rows at the end;
 * a date without impact or the other way round is an error naming the cell.
 */
export function readIncidents(dates: unknown, impacts: unknown, lang: Language, categories?: unknown): Outcome<(Incident & { category?: IncidentKind })[]> {
  const d = asMatrix(dates);
  const v = asMatrix(impacts);
  if (d.length !== v.length || d.some((row, i) => row.length !== v[i].length)) return fail(message(lang, 'rangesDifferInSize'));
  const k = isBlank(categories) ? undefined : asMatrix(categories);
  if (k && (k.length !== d.length || k.some((row, i) => row.length !== d[i].length))) return fail(message(lang, 'rangesDifferInSize'));
  const incidents: (Incident & { category?: IncidentKind })[] = [];
  for (let i = 0; i < d.length; i++) {
    for (let j = 0; j < d[i].length; j++) {
      const dc = d[i][j];
      const vc = v[i][j];
      if (isBlank(dc) && isBlank(vc)) continue;
      const day = dateArg(dc, lang);
      if (isFailure(day)) return atCell(day, i, j, lang);
      const impact = readNumber(vc);
      if (!impact.ok) {
        const why = impact.blank ? catalogue(lang).functions.valueRequired : message(lang, 'impactNotNumber', { value: cellText(vc) });
        return atCell(fail(why), i, j, lang);
      }
      const kc = k?.[i][j];
      if (kc !== undefined && !isBlank(kc)) {
        const category = matchCategory(cellText(kc));
        if (category === undefined) return atCell(fail(message(lang, 'unknownCategoryArg', { value: cellText(kc) })), i, j, lang);
        incidents.push({ day, impact: impact.value, category });
      } else incidents.push({ day, impact: impact.value });
    }
  }
  return incidents;
}

const LINE_WORDS: Readonly<Record<string, AppreciationLine>> = {
  combined: 'combined',
  total: 'combined',
  totaal: 'combined',
  all: 'combined',
  alle: 'combined',
  personal: 'personal',
  experienced: 'personal',
  beleefd: 'personal',
  beleefde: 'personal',
  persoonlijk: 'personal',
  business: 'business',
  zakelijk: 'business',
  zakelijke: 'business',
};

/** The line argument: blank = combined; English or Dutch names (guide 002: beleefde / zakelijke waardering). */
export function lineArg(x: unknown, lang: Language): Outcome<AppreciationLine> {
  if (isBlank(x)) return 'combined';
  const line = LINE_WORDS[cellText(x).trim().toLowerCase()];
  return line ?? fail(message(lang, 'unknownLine', { value: cellText(x) }));
}

function timeline(
  dates: unknown,
  impacts: unknown,
  asOf: unknown,
  halfLife: unknown,
  critical: unknown,
  euphoria: unknown,
  prolongedDays: unknown,
  lang: Language,
  categories?: unknown,
  lineText?: unknown,
): Outcome<Timeline> {
  const settings = appreciationArgs(halfLife, critical, euphoria, prolongedDays, lang);
  if (isFailure(settings)) return settings;
  const line = lineArg(lineText, lang);
  if (isFailure(line)) return line;
  if (line !== 'combined' && isBlank(categories)) return fail(message(lang, 'lineNeedsCategories'));
  const all = readIncidents(dates, impacts, lang, categories);
  if (isFailure(all)) return all;
  const incidents = lineIncidents(all, line);
  let set: number | undefined;
  if (!isBlank(asOf)) {
    const d = dateArg(asOf, lang);
    if (isFailure(d)) return d;
    set = d;
  }
  // The shells' rule: as_of, else today (never this range's last incident, which would differ from Results).
  return computeTimeline(incidents, settings, analysisDate(set, today())!.day);
}

/** Appreciation value on as_of (default: today); 0 without incidents. `line` picks the personal or business line (needs `categories`). */
export function appreciationCore(dates: unknown, impacts: unknown, asOf?: unknown, halfLife?: unknown, categories?: unknown, line?: unknown): Outcome<number> {
  const t = timeline(dates, impacts, asOf, halfLife, undefined, undefined, undefined, getDefaultLanguage(), categories, line);
  return isFailure(t) ? t : t.value;
}

/**
 * Status label on as_of. When the current excursion beyond a bound already lasts
 * longer than prolonged_days the catalogue's prolonged text is appended:
 * "Critical — Prolonged outside bounds" / "Kritisch — Langdurig buiten de grenzen".
 */
export function statusCore(
  dates: unknown,
  impacts: unknown,
  asOf?: unknown,
  halfLife?: unknown,
  critical?: unknown,
  euphoria?: unknown,
  prolongedDays?: unknown,
  language?: unknown,
  categories?: unknown,
  line?: unknown,
): Outcome<string> {
  const lang = languageArg(language);
  if (isFailure(lang)) return lang;
  const t = timeline(dates, impacts, asOf, halfLife, critical, euphoria, prolongedDays, lang, categories, line);
  if (isFailure(t)) return t;
  const c = catalogue(lang);
  const label = c.status[t.status];
  return t.prolonged ? format(c.functions.statusWithProlonged, { status: label, prolonged: c.prolonged }) : label;
}
