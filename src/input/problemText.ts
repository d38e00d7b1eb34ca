import { catalogue, format, formatNumber } from '../i18n';
import type { Language } from '../i18n/catalogue';
import { CONSTRUCTS, Construct, Party, PARTIES } from '../model';
import { FIELDS } from './headers';
import type { Field, Problem } from './types';

/** Survey problem params that are numbers shown with the language's decimal separator. */
const DECIMAL_PARAMS = ['alpha', 'rwg', 'typed', 'measured', 'low', 'high', 'threshold'] as const;

/**
 * A problem as a sentence in the user's language. Table-level problems that name a
 * missing column carry params.field; its name is taken from the catalogue here so the
 * problem itself stays language-neutral. Survey problems carry a construct and a party
 * key and raw numbers; they are named and formatted here for the same reason.
 */
export function problemText(problem: Problem, lang: Language): string {
  const c = catalogue(lang);
  const field = problem.params?.field;
  const column =
    problem.column ?? (typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? c.inputFields[field as Field] : '');
  return format(c.problems[problem.code], {
    categories: Object.values(c.categories).join(', '),
    ...problem.params,
    ...surveyParams(problem.params, lang),
    sheet: problem.sheet,
    row: problem.row ?? '',
    column,
    value: problem.value ?? '',
  });
}

function surveyParams(params: Problem['params'], lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  if (!params) return out;
  const s = catalogue(lang).survey;
  const construct = params.construct;
  if (typeof construct === 'string' && (CONSTRUCTS as readonly string[]).includes(construct)) out.construct = s.constructs[construct as Construct];
  const party = params.party;
  if (typeof party === 'string') {
    const name = (PARTIES as readonly string[]).includes(party) ? s.parties[party as Party] : party === 'all' ? s.allParties : party;
    out.party = name;
    const period = params.period;
    out.group = typeof period === 'string' && period !== '' ? `${name}, ${period}` : name;
  }
  for (const k of DECIMAL_PARAMS) {
    const v = params[k];
    if (typeof v === 'number') out[k] = formatNumber(v, lang);
  }
  return out;
}
