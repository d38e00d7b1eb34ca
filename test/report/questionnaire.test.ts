import { questionnairePlans, questionnaireItems, RESPONSE_TABLE_NAME } from '../../src/report';
import { QUESTIONNAIRE_PARTS } from '../../src/model';
import { cellAt } from './plan-helpers';

describe('questionnaire plans', () => {
  const [responses, legend] = questionnairePlans('en');

  it('are sheets for the user: never marked as ours', () => {
    expect(questionnairePlans('nl', { form: true }).map((p) => [p.name, p.userSheet])).toEqual([
      ['RMO Vragenlijst', true],
      ['RMO Items', true],
      ['RMO Formulier', true],
    ]);
  });

  it('hold an Excel table with respondent, party, supplier, period and one column per item (40 statements, 10 constructs × 4)', () => {
    const codes = questionnaireItems();
    expect(codes.length).toBe(40);
    expect(responses.tables).toEqual([{ name: RESPONSE_TABLE_NAME, rect: { row: 7, col: 0, rows: 101, cols: 44 } }]);
    expect([0, 1, 2, 3, 4, 43].map((c) => cellAt(responses, 7, c)?.value)).toEqual(['Respondent', 'Party', 'Supplier', 'Period', 'AFF1', 'ADV4']);
    expect(responses.freezeRows).toBe(8);
  });

  it('give every item column a 1–5 drop-down, the party column the two parties, and every item header its statement as a note', () => {
    expect(responses.validations).toEqual([
      expect.objectContaining({ kind: 'list', rect: { row: 8, col: 1, rows: 100, cols: 1 }, items: ['Our organisation', 'Supplier'] }),
      expect.objectContaining({ kind: 'list', rect: { row: 8, col: 4, rows: 100, cols: 40 }, items: ['1', '2', '3', '4', '5'] }),
    ]);
    expect(responses.notes?.[2]).toEqual({ row: 7, col: 6, text: 'AFF3: Whether this relationship continues leaves us indifferent.' });
    expect(responses.notes?.length).toBe(40);
  });

  it('start with a short instruction and list every statement with construct, reverse coding, scale and source', () => {
    expect(cellAt(responses, 0, 0)?.value).toMatch(/^RMO questionnaire/);
    expect(cellAt(responses, 3, 0)?.value).toMatch(/^Answers: 1 = fully disagree/);
    expect([0, 1, 2, 3, 4].map((c) => cellAt(legend, 3, c)?.value)).toEqual(['AFF1', 'Affective commitment', 'We enjoy working with this partner.', 'No', '1–5']);
    expect(cellAt(legend, 3 + 8, 0)?.value).toBe('ACT1');
    expect(cellAt(legend, 3 + 8, 5)?.value).toMatch(/Rusbult.*Ping \(1993\)/);
  });

  it('ask only the chosen parts, and write a form whose answer column follows the table columns', () => {
    const [r, , form] = questionnairePlans('en', { constructs: QUESTIONNAIRE_PARTS.reactions, rows: 5, form: true });
    expect(r.tables?.[0].rect).toEqual({ row: 7, col: 0, rows: 6, cols: 12 });
    expect(cellAt(r, 7, 4)?.value).toBe('ACT1');
    expect([4, 5, 6, 7, 8].map((row) => [cellAt(form, row, 0)?.value ?? null, cellAt(form, row, 1)?.value])).toEqual([
      [null, 'Respondent'],
      [null, 'Party'],
      [null, 'Supplier'],
      [null, 'Period'],
      ['ACT1', 'When this relationship runs into trouble, we act rather than wait.'],
    ]);
    expect(form.validations?.[1]).toMatchObject({ rect: { row: 8, col: 2, rows: 8, cols: 1 }, items: ['1', '2', '3', '4', '5'] });
  });
});
