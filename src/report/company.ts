/**
 * The company's name where the report layer left room for it: the host knows the workbook's own Company property
 * (docProps / office-js `workbook.properties.company`) and passes it here when no name was given (設定, --company).
 */
import type { SheetLayout } from './layout';
import { escapeHeaderText } from './print';

/**
 * A layout with the workbook's company in its page header (when it names none) and in its company cell.
 *
 * @example withCompany(summary, '株式会社ふくやま精機').values[1][0] // '株式会社ふくやま精機'
 */
export function withCompany(layout: SheetLayout, company: string): SheetLayout {
  const name = company.trim();
  if (!name) return layout;
  let out = layout;
  if (out.page && out.page.header.left === undefined) {
    out = { ...out, page: { ...out.page, header: { ...out.page.header, left: escapeHeaderText(name) } } };
  }
  const cell = out.companyCell;
  if (cell) {
    const values = out.values.map((row, r) =>
      r === cell.row - 1 ? row.map((v, c) => (c === cell.col - 1 ? name : v)) : row,
    );
    out = { ...out, values };
  }
  return out;
}
