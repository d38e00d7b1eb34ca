import type { CellStyle } from '../report/plan';
import type { XlsxPackage } from './package';
import { addContentType, addRelationship, CONTENT, REL } from './workbook';
import { attr, escapeAttr, prefixOf, tags } from './xml';

/**
 * Built-in number formats by id, as Office.js reports their codes in an en-US Excel
 * (id 14 is the short date of the locale; "m/d/yyyy" there).
 */
const BUILTIN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'm/d/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** The styles part of the workbook, from its relationships. */
export function stylesPart(pkg: XlsxPackage, workbookPart: string): string | undefined {
  return [...pkg.relationships(workbookPart).values()].find((r) => /\/styles$/.test(r.type) && !r.external)?.target;
}

function section(xml: string, local: string): string {
  return new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>)`).exec(xml)?.[1] ?? '';
}

/** Number format code per cell style index (the `s` of a cell). */
export function formatCodes(styles: string | undefined): string[] {
  if (!styles) return ['General'];
  const custom = new Map<number, string>();
  for (const t of tags(section(styles, 'numFmts'), 'numFmt')) custom.set(Number(attr(t, 'numFmtId')), attr(t, 'formatCode') ?? 'General');
  return tags(section(styles, 'cellXfs'), 'xf').map((t) => {
    const id = Number(attr(t, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN[id] ?? 'General';
  });
}

/** A minimal styles part for packages that have none (the OOXML default font and one style). */
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Adds the cell styles our sheets need to the workbook's styles part, after the
 * user's own: existing indexes keep their meaning, so the user's cells look as before.
 * Fonts start from the workbook's default font (LibreOffice's Arial 10 stays Arial 10).
 */
export class StyleBook {
  private readonly xml: string;
  private readonly part: string;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private readonly baseBorders: number;
  private readonly defaultFont: string;
  private readonly p: string;
  private nextNumFmt: number;
  private readonly numFmts = new Map<string, number>();
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly newNumFmts: string[] = [];

  constructor(
    private readonly pkg: XlsxPackage,
    workbookPart: string,
  ) {
    let part = stylesPart(pkg, workbookPart);
    if (!part || !pkg.has(part)) {
      part = 'xl/styles.xml';
      pkg.setText(part, MINIMAL_STYLES);
      addRelationship(pkg, workbookPart, REL.styles, part);
      addContentType(pkg, part, CONTENT.styles);
    }
    this.part = part;
    this.xml = pkg.text(part) ?? MINIMAL_STYLES;
    this.p = prefixOf(this.xml, 'styleSheet');
    const count = (local: string, child: string) => tags(section(this.xml, local), child).length;
    this.baseXfs = count('cellXfs', 'xf');
    this.baseFonts = count('fonts', 'font');
    this.baseFills = count('fills', 'fill');
    this.baseBorders = count('borders', 'border');
    const firstFont = /<(?:[\w.-]+:)?font\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?font>)/.exec(section(this.xml, 'fonts'))?.[0];
    this.defaultFont = firstFont ?? `<${this.p}font><${this.p}sz val="11"/><${this.p}name val="Calibri"/></${this.p}font>`;
    let maxId = 163;
    for (const t of tags(section(this.xml, 'numFmts'), 'numFmt')) {
      const id = Number(attr(t, 'numFmtId'));
      const code = attr(t, 'formatCode');
      if (code !== undefined && !this.numFmts.has(code)) this.numFmts.set(code, id);
      maxId = Math.max(maxId, id);
    }
    // Built-in ids only where the code means the same in every locale; others become custom formats.
    this.numFmts.set('General', 0);
    this.numFmts.set('@', 49);
    this.nextNumFmt = maxId + 1;
  }

  /** The cell style index (`s`) for a plan style; 0 (the default) for an empty one. */
  index(style: CellStyle, text = false): number {
    const key = JSON.stringify([style, text]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const code = text ? '@' : style.numberFormat;
    const numFmtId = code === undefined ? 0 : this.numFmt(code);
    const fontId = style.bold || style.italic || style.fontColor ? this.baseFonts + this.add(this.fonts, this.font(style)) : 0;
    const fillId = style.fill
      ? this.baseFills + this.add(this.fills, `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const thin = (side: string) => `<${p}${side} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${side}>`;
    const borderId = style.border ? this.baseBorders + this.add(this.borders, `<${p}border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<${p}diagonal/></${p}border>`) : 0;
    const align: string[] = [];
    if (style.hAlign) align.push(`horizontal="${style.hAlign}"`);
    if (style.vAlign) align.push(`vertical="${style.vAlign}"`);
    if (style.wrap) align.push('wrapText="1"');
    const flags =
      (numFmtId ? ' applyNumberFormat="1"' : '') + (fontId ? ' applyFont="1"' : '') + (fillId ? ' applyFill="1"' : '') + (borderId ? ' applyBorder="1"' : '') + (align.length ? ' applyAlignment="1"' : '');
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}${
      align.length ? `><${p}alignment ${align.join(' ')}/></${p}xf>` : '/>'
    }`;
    const index = this.baseXfs + this.add(this.xfs, xf);
    this.byKey.set(key, index);
    return index;
  }

  private add(list: string[], item: string): number {
    const i = list.indexOf(item);
    if (i >= 0) return i;
    list.push(item);
    return list.length - 1;
  }

  private numFmt(code: string): number {
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.newNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** The default font with bold, italic and colour set as the style asks. */
  private font(style: CellStyle): string {
    const p = this.p;
    let inner = /^<[^>]*?(?:\/>|>([\s\S]*)<\/[^>]+>)$/.exec(this.defaultFont)?.[1] ?? '';
    inner = inner.replace(/<(?:[\w.-]+:)?(?:b|i|color)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?(?:b|i|color)>)/g, '');
    const head = (style.bold ? `<${p}b/>` : '') + (style.italic ? `<${p}i/>` : '');
    const color = style.fontColor ? `<${p}color rgb="${argb(style.fontColor)}"/>` : '';
    // CT_Font is a sequence: b, i, …, sz, color, name; colour goes right after the size.
    const withColor = color ? (/<(?:[\w.-]+:)?sz\b[^>]*\/>/.test(inner) ? inner.replace(/(<(?:[\w.-]+:)?sz\b[^>]*\/>)/, `$1${color}`) : color + inner) : inner;
    return `<${p}font>${head}${withColor}</${p}font>`;
  }

  /** Writes the added styles into the styles part (nothing when none were added). */
  commit(): void {
    if (!this.xfs.length && !this.newNumFmts.length) return;
    let xml = this.xml;
    const append = (local: string, items: string[]) => {
      if (!items.length) return;
      const re = new RegExp(`<((?:[\\w.-]+:)?)${local}\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>)`);
      const m = re.exec(xml);
      if (!m) return;
      const open = `<${m[1]}${local}${m[2]}>`;
      const children = m[3] === '/>' ? '' : m[4];
      const n = (children.match(new RegExp(`<(?:[\\w.-]+:)?${childOf[local]}\\b`, 'g')) ?? []).length + items.length;
      const counted = /\scount="\d*"/.test(open) ? open.replace(/\scount="\d*"/, ` count="${n}"`) : open.replace(/>$/, ` count="${n}">`);
      xml = xml.slice(0, m.index) + counted + children + items.join('') + `</${m[1]}${local}>` + xml.slice(m.index + m[0].length);
    };
    if (this.newNumFmts.length && !/<(?:[\w.-]+:)?numFmts\b/.test(xml)) {
      xml = xml.replace(/<((?:[\w.-]+:)?)styleSheet\b[^>]*>/, (open, pre: string) => `${open}<${pre}numFmts count="0"></${pre}numFmts>`);
    }
    append('numFmts', this.newNumFmts);
    append('fonts', this.fonts);
    append('fills', this.fills);
    append('borders', this.borders);
    append('cellXfs', this.xfs);
    this.pkg.setText(this.part, xml);
  }
}

const childOf: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

export function argb(hex: string): string {
  const h = hex.replace(/^#/, '');
  return (h.length === 8 ? h : 'FF' + h.padStart(6, '0')).toUpperCase();
}
