/** A sheet being built row by row: values, styles and links, turned into a SheetLayout at the end. */
import type { CellRange, CellValue, ChartSpec, Hyperlink, SheetLayout } from './layout';
import { fitColumnWidths, type FitOptions } from './columns';
import { StyleCollector } from './styles';

export class SheetDraft {
  readonly values: CellValue[][] = [];
  readonly styles = new StyleCollector();
  readonly hyperlinks: Hyperlink[] = [];
  readonly charts: ChartSpec[] = [];
  /** Cells merged into one (a long text over a row's width). */
  readonly merges: CellRange[] = [];

  /** The 1-based number of the row the next push writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /** Appends a row and returns its 1-based number. */
  push(row: CellValue[]): number {
    this.values.push(row);
    return this.values.length;
  }

  /** Finishes the sheet: merged styles and widths fitted to the content. */
  toLayout(
    name: string,
    options: { freezeRows?: number; freezeColumns?: number; tabColor?: string; fit?: FitOptions },
  ): SheetLayout {
    return {
      name,
      values: this.values,
      styles: this.styles.finish(),
      columnWidths: fitColumnWidths(this.values, options.fit),
      merges: this.merges,
      hyperlinks: this.hyperlinks,
      charts: this.charts,
      freezeRows: options.freezeRows,
      freezeColumns: options.freezeColumns,
      tabColor: options.tabColor,
    };
  }
}
