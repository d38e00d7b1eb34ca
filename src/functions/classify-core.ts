import { ATTENTION_BY_TYPE, QuadrantModel, REACTION_MODEL, ROLE_MODEL, Reaction, RelationshipType, Role, Scale, TYPOLOGY, cellOf, isHigh } from '../model';
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
  // Fast path for a formula on single cells (the usual case, called once per row):
  // no matrices or closures; same result as zipGrid on two 1×1 matrices.
  const xs = singleValue(x);
  const ys = singleValue(y);
  if (xs !== NOT_SINGLE && ys !== NOT_SINGLE) return [[classifyCell(model, xs, ys, scale, lang, label, texts)]];
  return zipGrid(asMatrix(x), asMatrix(y), (xc, yc) => classifyCell(model, xc, yc, scale, lang, label, texts), lang);
}

const NOT_SINGLE: unique symbol = Symbol('not a single value');

/** The value of a scalar or a 1×1 matrix; NOT_SINGLE for anything asMatrix would make bigger or reshape. */
function singleValue(x: unknown): unknown {
  if (!Array.isArray(x)) return x;
  if (x.length === 1 && Array.isArray(x[0]) && x[0].length === 1) return x[0][0];
  return NOT_SINGLE;
}

function classifyCell<Q extends string>(
  model: QuadrantModel<Q>,
  xc: unknown,
  yc: unknown,
  scale: Scale,
  lang: Language,
  label: (c: Catalogue, q: Q) => string,
  texts: Catalogue,
): Outcome<string> {
  const xs = scoreArg(xc, scale, lang);
  if (isFailure(xs)) return xs;
  const ys = scoreArg(yc, scale, lang);
  if (isFailure(ys)) return ys;
  return label(texts, cellOf(model, isHigh(xs, scale), isHigh(ys, scale)));
}

// Label pickers as module constants, so a call allocates no closures for them.
const typeLabel = (c: Catalogue, q: RelationshipType): string => c.types[q];
const roleLabel = (c: Catalogue, q: Role): string => c.roles[q];
const reactionLabel = (c: Catalogue, q: Reaction): string => c.reactions[q];
const attentionLabel = (c: Catalogue, q: RelationshipType): string => c.attention[ATTENTION_BY_TYPE[q]];

/** Relationship type; the typology's x axis is calculative, y is affective. */
export function typeCore(affective: unknown, calculative: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(TYPOLOGY, typeLabel, calculative, affective, scaleMin, scaleMax, split, language);
}

/** Manager role; x is business orientation, y is service orientation. */
export function roleCore(service: unknown, business: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(ROLE_MODEL, roleLabel, business, service, scaleMin, scaleMax, split, language);
}

/** Reaction; x is activity, y is constructiveness. */
export function reactionCore(activity: unknown, constructiveness: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(REACTION_MODEL, reactionLabel, activity, constructiveness, scaleMin, scaleMax, split, language);
}

/** Attention the relationship type needs from relationship management. */
export function attentionCore(affective: unknown, calculative: unknown, scaleMin?: unknown, scaleMax?: unknown, split?: unknown, language?: unknown): Outcome<Grid<string>> {
  return quadrantGrid(TYPOLOGY, attentionLabel, calculative, affective, scaleMin, scaleMax, split, language);
}
