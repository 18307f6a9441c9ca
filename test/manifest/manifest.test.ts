/**
 * manifest.xml: schema-valid offline, rejected when broken, icons present at the sizes the manifest claims,
 * Japanese first with an English override.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateManifest } from '../../scripts/validate-manifest';

const ROOT = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function readPngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** `https://localhost:3000/assets/icon-32.png` → the file under assets/. */
function localFileOf(url: string): string {
  const m = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
  if (!m) throw new Error(`icon not served from the add-in's own assets: ${url}`);
  return path.join(ROOT, m[1]);
}

function attribute(xml: string, element: string, attr: string): string[] {
  const re = new RegExp(`<${element}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

describe('manifest.xml', () => {
  it('validates against OfficeAppManifestV1_1.xsd (offline copy in schemas/)', async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a copy whose Permissions is Bogus, naming the element', async () => {
    const broken = manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Bogus</Permissions>');
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });

  it('is a Workbook task pane with ReadWriteDocument served from https://localhost:3000 only', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(attribute(manifest, 'SourceLocation', 'DefaultValue')).toEqual(['https://localhost:3000/taskpane.html']);
    expect([...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      'https://localhost:3000',
    ]);
    expect(manifest).toMatch(/xsi:type="VersionOverridesV1_0"/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('names itself in Japanese by default, with an en-US override', () => {
    expect(manifest).toMatch(/<DefaultLocale>ja-JP<\/DefaultLocale>/);
    const display = /<DisplayName DefaultValue="([^"]+)">\s*<Override Locale="en-US" Value="([^"]+)"\/>/.exec(manifest);
    expect(display?.[1]).toBe('WLB基準チェッカー');
    expect(display?.[2]).toMatch(/^[\x20-\x7e]+$/);
    const description = /<Description DefaultValue="([^"]+)">\s*<Override Locale="en-US" Value="([^"]+)"\/>/.exec(
      manifest,
    );
    expect(description?.[1]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(description?.[2]).toMatch(/^[\x20-\x7e]+$/);
  });

  it('references icons that exist and are square PNGs of the size claimed', () => {
    const claims: { url: string; size: number }[] = [
      { url: attribute(manifest, 'IconUrl', 'DefaultValue')[0], size: 32 },
      { url: attribute(manifest, 'HighResolutionIconUrl', 'DefaultValue')[0], size: 64 },
    ];
    // Ribbon images: <bt:Image size="16" resid="Icon.16x16"/> → <bt:Image id="Icon.16x16" DefaultValue="…"/>.
    const urlOf = new Map(
      [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const uses = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(uses.map((m) => m[1]).sort()).toEqual(['16', '16', '32', '32', '80', '80']);
    for (const m of uses) {
      const url = urlOf.get(m[2]);
      expect(url).toBeDefined();
      claims.push({ url: url as string, size: Number(m[1]) });
    }
    for (const { url, size } of claims) {
      const file = localFileOf(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(readPngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
