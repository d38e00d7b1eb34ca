import { Incident, Timeline, analysisDate, computeTimeline } from '../model';
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
export function readIncidents(dates: unknown, impacts: unknown, lang: Language): Outcome<Incident[]> {
  const d = asMatrix(dates);
  const v = asMatrix(impacts);
  if (d.length !== v.length || d.some((row, i) => row.length !== v[i].length)) return fail(message(lang, 'rangesDifferInSize'));
  const incidents: Incident[] = [];
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
      incidents.push({ day, impact: impact.value });
    }
  }
  return incidents;
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
): Outcome<Timeline> {
  const settings = appreciationArgs(halfLife, critical, euphoria, prolongedDays, lang);
  if (isFailure(settings)) return settings;
  const incidents = readIncidents(dates, impacts, lang);
  if (isFailure(incidents)) return incidents;
  let set: number | undefined;
  if (!isBlank(asOf)) {
    const d = dateArg(asOf, lang);
    if (isFailure(d)) return d;
    set = d;
  }
  // The shells' rule: as_of, else today (never this range's last incident, which would differ from Results).
  return computeTimeline(incidents, settings, analysisDate(set, today())!.day);
}

/** Appreciation value on as_of (default: today); 0 without incidents. */
export function appreciationCore(dates: unknown, impacts: unknown, asOf?: unknown, halfLife?: unknown): Outcome<number> {
  const t = timeline(dates, impacts, asOf, halfLife, undefined, undefined, undefined, getDefaultLanguage());
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
): Outcome<string> {
  const lang = languageArg(language);
  if (isFailure(lang)) return lang;
  const t = timeline(dates, impacts, asOf, halfLife, critical, euphoria, prolongedDays, lang);
  if (isFailure(t)) return t;
  const c = catalogue(lang);
  const label = c.status[t.status];
  return t.prolonged ? format(c.functions.statusWithProlonged, { status: label, prolonged: c.prolonged }) : label;
}
