import { ATTENTION_BY_TYPE, QuadrantModel, REACTION_MODEL, ROLE_MODEL, Scale, TYPOLOGY, cellOf, isHigh } from '../model';
import { Catalogue, Language, catalogue } from '../i18n';
import { languageArg } from './language';
import { scaleArg, scoreArg } from './args';
import { Grid, Outcome, isFailure } from './outcome';
import { asMatrix, zipGrid } from './spill';

/**
 * The four quadrant functions share one path: language, then scale, then the two
 * score arguments cell by cell. Errors of the whole call (language, scale, shapes)
 * come back as one Failure; a bad cell only fails its own place in the grid.
 */
function quadrantGrid<Q extends string>(
  model: QuadrantModel<Q>,
  label: (c: Catalogue, q: Q) => string,
  x: unknown,
  y: unknown,
  scaleMin: unknown,
  scaleMax: unknown,
  split: unknown,
  language: unknown,
): Outcome<Grid<string>> {
  const lang = languageArg(language);
  if (isFailure(lang)) return lang;
  const scale = scaleArg(scaleMin, scaleMax, split, lang);
  if (isFailure(scale)) return scale;
  const texts = catalogue(lang);
  const name = (q: Q): string => label(texts, q);
  return zipGrid(asMatrix(x), asMatrix(y), (xc, yc) => classifyCell(model, xc, yc, scale, lang, name), lang);
}

function classifyCell<Q extends string>(model: QuadrantModel<Q>, xc: unknown, yc: unknown, scale: Scale, lang: Language, label: (q: Q) => string): Outcome<string> {
  const xs = scoreArg(xc, scale, lang);
  if (isFailure(xs)) return xs;
  const ys = scoreArg(yc, scale, lang);
  if (isFailure(ys)) return ys;
  return label(cellOf(model, isHigh(xs, scale), isHigh(ys, scale)));
}

/** Relationship type; the typology's x axis is calculative, y is affective. */
export function typeCore(affective: unknown, calculative: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(TYPOLOGY, (c, q) => c.types[q], calculative, affective, scaleMin, scaleMax, split, language);
}

/** Manager role; x is business orientation, y is service orientation. */
export function roleCore(service: unknown, business: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(ROLE_MODEL, (c, q) => c.roles[q], business, service, scaleMin, scaleMax, split, language);
}

/** Reaction; x is activity, y is constructiveness. */
export function reactionCore(activity: unknown, constructiveness: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(REACTION_MODEL, (c, q) => c.reactions[q], activity, constructiveness, scaleMin, scaleMax, split, language);
}

/** Attention the relationship type needs from relationship management. */
export function attentionCore(affective: unknown, calculative: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(TYPOLOGY, (c, q) => c.attention[ATTENTION_BY_TYPE[q]], calculative, affective, scaleMin, scaleMax, split, language);
}
