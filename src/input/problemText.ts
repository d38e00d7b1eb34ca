import { catalogue, format } from '../i18n';
import type { Language } from '../i18n/catalogue';
import { FIELDS } from './headers';
import type { Field, Problem } from './types';

/**
 * A problem as a sentence in the user's language. Table-level problems that name a
 * missing column carry params.field; its name is taken from the catalogue here so the
 * problem itself stays language-neutral.
 */
export function problemText(problem: Problem, lang: Language): string {
  const c = catalogue(lang);
  const field = problem.params?.field;
  const column =
    problem.column ?? (typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? c.inputFields[field as Field] : '');
  return format(c.problems[problem.code], {
    categories: Object.values(c.categories).join(', '),
    ...problem.params,
    sheet: problem.sheet,
    row: problem.row ?? '',
    column,
    value: problem.value ?? '',
  });
}
