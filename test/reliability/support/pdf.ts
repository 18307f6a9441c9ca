/**
 * A workbook printed by LibreOffice (headless, to PDF) and read back page by page with poppler: the text of each
 * page, its size, the smallest text on it (the height of the smallest word box, `pdftotext -bbox`, in points —
 * about the font size as printed, after fit-to-page scaling), and pictures of chosen pages (`pdftoppm`).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const find = (name: string) => ['/usr/bin', '/usr/local/bin'].map((d) => path.join(d, name)).find(fs.existsSync);

export const TOOLS = {
  soffice: find('soffice'),
  pdftotext: find('pdftotext'),
  pdftoppm: find('pdftoppm'),
  pdfinfo: find('pdfinfo'),
};

export interface PdfPage {
  /** 1-based page number in the PDF. */
  page: number;
  width: number;
  height: number;
  /** The page's text, layout kept. */
  text: string;
  /** The height (pt) of the smallest word box on the page; Infinity for a page without text. */
  smallestText: number;
}

/** Converts `file` to PDF next to it in `outDir` (LibreOffice prints every sheet with its own page setup). */
export function printToPdf(file: string, outDir: string, profileDir: string): string {
  execFileSync(
    TOOLS.soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** Word boxes of every page: `<page>` elements in order, each with its `<word>` boxes. */
function wordHeights(pdf: string): number[][] {
  const xml = execFileSync(TOOLS.pdftotext!, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map(
        (m) => Number(m[4]) - Number(m[2]),
      ),
    );
}

/** Every page of a PDF with its text, size and smallest text. */
export function readPdf(pdf: string): PdfPage[] {
  const info = execFileSync(TOOLS.pdfinfo!, ['-f', '1', '-l', '99999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const heights = wordHeights(pdf);
  const text = execFileSync(TOOLS.pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const texts = text.split('\f');
  return sizes.map(([width, height], i) => ({
    page: i + 1,
    width,
    height,
    text: texts[i] ?? '',
    smallestText: Math.min(...(heights[i] ?? []), Infinity),
  }));
}

/**
 * The pages of one sheet: those whose page header names it (the header's centre is `&A`) beside the as-of date (its
 * right part). A chart's labels may come first in the page's text, so any line of the page may be the header.
 */
export function pagesOfSheet(pages: PdfPage[], sheet: string, asOf: string): PdfPage[] {
  return pages.filter((p) => p.text.split('\n').some((l) => l.includes(sheet) && l.includes(asOf)));
}

/** A picture of one page (PNG, 80 dpi) at `target` (without extension). */
export function pagePicture(pdf: string, page: number, target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  execFileSync(TOOLS.pdftoppm!, [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    target,
  ]);
  return `${target}.png`;
}
