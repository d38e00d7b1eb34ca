import { XlsxPackage } from './package';
import type { WorkbookFile } from './read';
import { makeEntry } from './zip';

const encoder = new TextEncoder();
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A new, empty workbook package (`rmo survey` without --into): the smallest set of parts
 * a workbook needs; applyPlans adds the sheets, the styles part and their content types.
 */
export function blankWorkbook(): WorkbookFile {
  const part = (name: string, xml: string) => makeEntry(name, encoder.encode(XML + xml));
  const pkg = new XlsxPackage([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '</Types>',
    ),
    part(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    part(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets></sheets></workbook>',
    ),
    part('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'),
  ]);
  return { pkg, workbookPart: 'xl/workbook.xml', macroEnabled: false };
}
