/**
 * The worked cases of guide 002 (../shared/seeds/002_d026d2f7336120e2.txt) and its UWV
 * example, typed in as a relationship manager would record them: a workbook with a
 * Dutch supplier table (one row per party and period) and an incident table. It goes
 * through the same path as the command line: .xlsx → read → parse → analyse → report.
 * Every expectation comes from the guide; the guide's own sentence is quoted as the reason.
 * Scale 1–5, split 3: a score of 4 or more is high, 2 or less is low.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS, Settings, SupplierResult } from '../../src/analysis';
import { runPipeline } from '../../src/cli/pipeline';
import { readXlsx } from '../../src/xlsx/read';
import type { SheetPlan } from '../../src/report';
import { cells } from '../report/plan-helpers';

const NL: Settings = { ...DEFAULT_SETTINGS, language: 'nl' };

type ScoreRow = [supplier: string, period: string, party: string, affective: number, calculative: number, activity: number | null, constructiveness: number | null];
type IncidentLine = [supplier: string, date: string, category: string, impact: number, party: string, description: string];

const SCORES: ScoreRow[] = [
  // HR SSC: Delta SSC serves ministry Lambda. "Er is in dit voorbeeld sprake van een steunpilaar- maar ook van een
  // gegijzelde relatie (directeur P&O heeft geen keuze en moet samenwerken met het SSC), waarbij er sprake is van
  // trouw en loyaal optreden over en weer."
  ['Delta SSC', '2024', 'opdrachtgever', 2, 4, 2, 4],
  ['Delta SSC', '2024', 'leverancier', 4, 4, 2, 4],
  // Hospital: Alfa Service bv and hospital Beta. "De partijen vechten op een positieve manier voor het behoud van de
  // relatie. Er is in dit voorbeeld sprake van een steunpilaarrelatie".
  ['Alfa Service bv', '2024-H2', 'wij', 4, 4, 4, 4],
  ['Alfa Service bv', '2024-H2', 'dienstverlener', 4, 4, 4, 4],
  // ICT: Epsilon serves Zeta, which has no choice and poor personal relations. "veroorzaakten bij Zeta verwaarlozing
  // van de relatie met Epsilon ... Er is in dit voorbeeld sprake van een gegijzelde relatie."
  ['Epsilon', '2024', 'klant', 1.5, 4, 1.5, 1.5],
  // Green maintenance: Gamma serves care institution Delta. "In dit voorbeeld is sprake van een prospect die afzakt
  // naar een freerider, een verwaarloosde relatie, en eindigt in een vluchtrelatie."
  ['Gamma', '2023', 'opdrachtgever', 4.5, 2, null, null],
  ['Gamma', '2024-H1', 'opdrachtgever', 2, 2, 1.5, 2],
  ['Gamma', '2024-H2', 'opdrachtgever', 2, 2, 1.5, 2],
  ['Gamma', '2025-Q2', 'opdrachtgever', 2, 1.5, 4.5, 1.5],
  // UWV: "sterke persoonlijke en zakelijke onvrede bij het UWV met betrekking tot twee ICT leveranciers. Desondanks
  // werd de samenwerking ... gecontinueerd ... Overduidelijk was de relatietypering van 'Gegijzeld' hierbij aan de orde."
  ['UWV ICT-leverancier 1', '2024', 'uitbesteder', 1.5, 4.5, null, null],
  ['UWV ICT-leverancier 2', '2024', 'uitbesteder', 1.5, 4.5, null, null],
];

const INCIDENTS: IncidentLine[] = [
  ['Delta SSC', '2024-02-01', 'Interpersoonlijk', -3, 'leverancier', 'Senior adviseur vertrekt, twee ervaren adviseurs vallen uit'],
  ['Delta SSC', '2024-03-01', 'Zakelijk', -3, 'opdrachtgever', 'HR-issues worden veel te traag aangepakt'],
  ['Delta SSC', '2024-04-01', 'Zakelijk', -2, 'opdrachtgever', 'Zaak bereikt DG en plv. SG'],
  ['Delta SSC', '2024-04-15', 'Zakelijk', 1, 'opdrachtgever', 'Twee zzp-adviseurs ingehuurd'],
  ['Delta SSC', '2024-05-01', 'Zakelijk', 3, 'opdrachtgever', 'Ervaren kracht terug van zwangerschapsverlof'],
  ['Alfa Service bv', '2024-09-02', 'Zakelijk', -4, 'opdrachtgever', 'Kwaliteit van diensten onder de maat'],
  ['Alfa Service bv', '2024-09-16', 'Zakelijk', -3, 'opdrachtgever', 'Nog steeds onder de maat'],
  ['Alfa Service bv', '2024-09-30', 'Zakelijk', 2, 'opdrachtgever', 'Alfa roept alle betrokkenen bijeen'],
  ['Alfa Service bv', '2024-10-28', 'Zakelijk', 3, 'opdrachtgever', 'Maatregelen lossen het probleem structureel op'],
  ['Epsilon', '2024-01-15', 'Zakelijk', -3, 'klant', 'Prijs beheer en onderhoud fors verhoogd'],
  ['Epsilon', '2024-07-01', 'Zakelijk', -4, 'klant', 'Nieuwe release vol foutjes'],
  ['Epsilon', '2024-10-01', 'Zakelijk', 2, 'klant', 'Foutjes opgelost toen ook Kappa last kreeg'],
  ['Gamma', '2024-01-10', 'Interpersoonlijk', -3, 'opdrachtgever', 'Facilitair manager gaat elders werken'],
  ['Gamma', '2024-03-15', 'Zakelijk', -3, 'opdrachtgever', 'Snoeiwerk door uitzendkrachten ver onder de maat'],
  ['Gamma', '2024-05-15', 'Zakelijk', -2, 'opdrachtgever', 'Geen signaal, geen compensatie van Gamma'],
  ['Gamma', '2025-06-15', 'Zakelijk', -2, 'opdrachtgever', 'Delta spreekt met andere groenvoorzieners'],
  ['UWV ICT-leverancier 1', '2024-02-01', 'Interpersoonlijk', -4, 'opdrachtgever', 'Persoonlijke onvrede'],
  ['UWV ICT-leverancier 1', '2024-03-01', 'Zakelijk', -4, 'opdrachtgever', 'Zakelijke onvrede'],
  ['UWV ICT-leverancier 1', '2024-04-01', 'Interpersoonlijk', -3, 'opdrachtgever', 'Persoonlijke onvrede'],
  ['UWV ICT-leverancier 1', '2024-05-01', 'Zakelijk', -3, 'opdrachtgever', 'Zakelijke onvrede'],
  ['UWV ICT-leverancier 2', '2024-02-01', 'Interpersoonlijk', -4, 'opdrachtgever', 'Persoonlijke onvrede'],
  ['UWV ICT-leverancier 2', '2024-03-01', 'Zakelijk', -4, 'opdrachtgever', 'Zakelijke onvrede'],
  ['UWV ICT-leverancier 2', '2024-04-01', 'Interpersoonlijk', -3, 'opdrachtgever', 'Persoonlijke onvrede'],
  ['UWV ICT-leverancier 2', '2024-05-01', 'Zakelijk', -3, 'opdrachtgever', 'Zakelijke onvrede'],
];

async function guideWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Leveranciers');
  s.addRow(['Leverancier', 'Periode', 'Partij', 'Affectieve betrokkenheid', 'Berekende betrokkenheid', 'Activiteit', 'Constructiviteit']);
  for (const r of SCORES) s.addRow(r);
  const i = wb.addWorksheet('Incidenten');
  i.addRow(['Leverancier', 'Datum', 'Categorie', 'Impact', 'Partij', 'Omschrijving']);
  for (const [supplier, date, category, impact, party, description] of INCIDENTS) {
    const [y, m, d] = date.split('-').map(Number);
    const row = i.addRow([supplier, new Date(Date.UTC(y, m - 1, d)), category, impact, party, description]);
    row.getCell(2).numFmt = 'dd-mm-yyyy';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let suppliers: Map<string, SupplierResult>;
let plans: readonly SheetPlan[];
let problems: number;

beforeAll(async () => {
  const out = runPipeline(await readXlsx(await guideWorkbook()), NL);
  suppliers = new Map(out.result.suppliers.map((s) => [s.supplier, s]));
  plans = out.plans;
  problems = out.result.problems.length;
});

const sup = (name: string): SupplierResult => suppliers.get(name)!;
const view = (name: string, party: 'client' | 'supplier') => sup(name).views?.find((v) => v.party === party);
/** The row of a supplier on an output sheet, as text cells. */
function sheetRow(key: string, supplier: string): string[] {
  const plan = plans.find((p) => p.key === key)!;
  const all = cells(plan);
  const at = all.find((h) => h.col === 0 && h.value === supplier)!;
  return all.filter((h) => h.row === at.row && typeof h.value === 'string').map((h) => h.value as string);
}

describe("guide 002's worked cases through the whole pipeline", () => {
  it('reads the workbook without problems', () => {
    expect(problems).toBe(0);
  });

  it('HR SSC: pillar and hostage, loyal on both sides, and the issue faded out', () => {
    // "sprake van een steunpilaar- maar ook van een gegijzelde relatie (directeur P&O heeft geen keuze ...)"
    expect(view('Delta SSC', 'supplier')?.type).toBe('pillar');
    expect(view('Delta SSC', 'client')?.type).toBe('hostage');
    expect(sup('Delta SSC').perceptionGap?.type).toEqual({ client: 'hostage', supplier: 'pillar' });
    // "waarbij er sprake is van trouw en loyaal optreden over en weer"
    expect([view('Delta SSC', 'client')?.reaction, view('Delta SSC', 'supplier')?.reaction]).toEqual(['loyalty', 'loyalty']);
    // "De trigger heeft invloed op een van de twee partijen": the staff loss hit the SSC, the slow HR issues the ministry.
    expect(sup('Delta SSC').incidentParties?.supplier.count).toBe(1);
    expect(sup('Delta SSC').incidentParties?.client.count).toBe(4);
    // "waarna het issue langzaam uitdoofde": back within the bounds, the partnership intact.
    expect(sup('Delta SSC').status).toBe('normal');
    expect(sup('Delta SSC').state).toBe('partnership');
  });

  it('Hospital: a pillar where both parties fight for the relationship (voice)', () => {
    // "De partijen vechten op een positieve manier voor het behoud van de relatie."
    expect([view('Alfa Service bv', 'client')?.type, view('Alfa Service bv', 'supplier')?.type]).toEqual(['pillar', 'pillar']);
    expect([view('Alfa Service bv', 'client')?.reaction, view('Alfa Service bv', 'supplier')?.reaction]).toEqual(['voice', 'voice']);
    expect(sup('Alfa Service bv').perceptionGap).toBeUndefined();
    // "maatregelen genomen die het probleem structureel oplossen": back within the bounds, no lasting damage.
    expect(sup('Alfa Service bv').status).toBe('normal');
    expect(sup('Alfa Service bv').state).toBe('partnership');
  });

  it('ICT: a hostage relationship that the client (Zeta) neglects; the review says so and does not blame the supplier', () => {
    // "Er is in dit voorbeeld sprake van een gegijzelde relatie."
    expect(sup('Epsilon').type).toBe('hostage');
    // "veroorzaakten bij Zeta verwaarlozing van de relatie met Epsilon"
    expect(sup('Epsilon').party).toBe('client');
    expect(sup('Epsilon').reaction).toBe('neglect');
    // "Met dit gedrag zal de relatie steeds verder achteruitgaan": a plain supplier relationship.
    expect(sup('Epsilon').state).toBe('degraded');
    const review = sheetRow('rmo.review', 'Epsilon').join(' ');
    expect(review).toContain('Onze waargenomen reactie: Verwaarlozing.');
    expect(review).toContain('Wij verwaarlozen de relatie');
    expect(review).not.toContain('De passieve, destructieve houding van de leverancier');
  });

  it('Green maintenance: prospect → free rider → neglect → exit by the client (Delta), with the damage remembered', () => {
    // "In dit voorbeeld is sprake van een prospect die afzakt naar een freerider, een verwaarloosde relatie, en eindigt in een vluchtrelatie."
    const g = sup('Gamma');
    const types = g.periods.map((p) => p.type);
    expect(types.filter((t, i) => t !== types[i - 1])).toEqual(['prospect', 'freeRider']);
    const reactions = g.periods.flatMap((p) => (p.reaction ? [p.reaction] : []));
    expect(reactions.filter((r, i) => r !== reactions[i - 1])).toEqual(['neglect', 'exit']);
    expect(g.typeMoves[0].direction).toBe('worse');
    // "Anderhalf jaar later start Delta besprekingen met andere groenvoorziening-bedrijven": Delta, the client, exits.
    expect(g.party).toBe('client');
    expect(g.reaction).toBe('exit');
    expect(g.state).toBe('ending');
    // "Gamma verzuimt zelf het euvel te signaleren en verzuimt om compensatie aan te bieden": nothing repairs the
    // appreciation, so it stays critical well beyond the prolonged limit instead of drifting back by itself.
    expect(g.status).toBe('critical');
    expect(g.prolonged).toBe(true);
    expect(g.lastProlonged?.line).toBe('combined');
    const review = sheetRow('rmo.review', 'Gamma').join(' ');
    expect(review).toContain('Wij zoeken de uitgang');
    expect(review).not.toContain('De leverancier werkt actief naar een breuk toe');
    expect(review).toContain('Relatietoestand: Einde in zicht');
    expect(sheetRow('rmo.results', 'Gamma')).toContain('Einde in zicht (vluchten)');
  });

  it('UWV: hostage relationships with strong personal and business dissatisfaction that nevertheless continue', () => {
    for (const name of ['UWV ICT-leverancier 1', 'UWV ICT-leverancier 2']) {
      const s = sup(name);
      // "Overduidelijk was de relatietypering van 'Gegijzeld' hierbij aan de orde."
      expect(s.type).toBe('hostage');
      expect(s.party).toBe('client');
      // "sterke persoonlijke en zakelijke onvrede": both appreciations below the critical bound.
      expect(s.lines?.personal.timeline?.status).toBe('critical');
      expect(s.lines?.business.timeline?.status).toBe('critical');
      // "een slechte en niet-productieve relatie ... toch stand kan houden": damaged, but not ending.
      expect(s.state).toBe('damaged');
    }
  });
});
