import { columnLetter } from '../input/columns';
import type { NoteSpec, PlanValue, TableSpec } from '../report/plan';
import { escapeAttr, escapeText } from './xml';

/** Notes (comments) part: one author, one comment per planned note. */
export function commentsXml(notes: readonly NoteSpec[], author: string): string {
  const list = notes
    .map((n) => `<comment ref="${columnLetter(n.col + 1)}${n.row + 1}" authorId="0"><text><t xml:space="preserve">${escapeText(n.text)}</t></text></comment>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${escapeText(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * The legacy VML shapes Excel needs to show notes (the comments part holds the text).
 * `idBlock` keeps shape ids apart from other sheets' drawings (o:idmap).
 */
export function notesVml(notes: readonly NoteSpec[], idBlock: number): string {
  const shapes = notes
    .map((n, i) => {
      const anchor = `${n.col + 1}, 15, ${Math.max(n.row - 1, 0)}, 10, ${n.col + 4}, 15, ${n.row + 4}, 4`;
      return (
        `<v:shape id="_x0000_s${idBlock * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

/**
 * Column names of a table from its header cells: text, unique (case-insensitive),
 * never empty, as Excel requires; "Column2" and "Name 2" where needed.
 */
export function tableColumnNames(headers: readonly (PlanValue | undefined)[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h === null || h === undefined || String(h).trim() === '' ? `Column${i + 1}` : String(h).replace(/[\r\n]+/g, ' ');
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function tableXml(spec: TableSpec, id: number, name: string, columns: readonly string[]): string {
  const r = spec.rect;
  const ref = `${columnLetter(r.col + 1)}${r.row + 1}:${columnLetter(r.col + r.cols)}${r.row + Math.max(r.rows, 2)}`;
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c)}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(spec.style ?? 'TableStyleMedium2')}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
