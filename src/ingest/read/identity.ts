/**
 * Rows identified by a name instead of an employee number (a name column, or a person named in the header block,
 * the sheet name or the file name): joined to the roster by the name's key (./names). A name two roster people share
 * is asked once per sheet and its rows are not read; a name not on the roster is said once and counted as a person
 * of its own (the key is its id); with no roster at all, names are the people.
 */
import { msg } from '../../rules/messages';
import type { Collector } from './collector';
import type { Cells } from './sheet';
import { NameIndex, nameKey } from './names';

/** Resolves names to employee ids for one workbook; the roster is read before any other sheet. */
export class NameIdentity {
  private index: NameIndex | null = null;
  private readonly said = new Set<string>();
  private last: { name: string; id: string | undefined } | null = null;

  constructor(private readonly collector: Collector) {}

  private roster(): NameIndex {
    if (!this.index) {
      this.index = new NameIndex();
      for (const e of this.collector.employees) this.index.add(e.name, e.id);
    }
    return this.index;
  }

  /** The employee id of row i by its name, or undefined (with an issue) when it cannot be told. */
  idOf(c: Cells, i: number): string | undefined {
    const name = c.get<string>('name', i);
    if (name === undefined || name === '') {
      if (!c.bad('name', i))
        this.collector.issue(
          c.sheet(),
          c.address('name', i),
          '',
          msg('issue.blank-field-skipped', { field: { ja: '氏名', en: 'Name' } }),
        );
      return undefined;
    }
    if (this.last && this.last.name === name) return this.last.id;
    const id = this.resolve(c, i, name);
    this.last = { name, id };
    return id;
  }

  private resolve(c: Cells, i: number, name: string): string | undefined {
    const roster = this.roster();
    if (roster.size === 0) return nameKey(name);
    const found = roster.find(name);
    if ('id' in found) return found.id;
    const key = `${c.sheet()}|${nameKey(name)}`;
    const first = !this.said.has(key);
    this.said.add(key);
    if ('shared' in found) {
      if (first)
        this.collector.issue(
          c.sheet(),
          c.address('name', i),
          name,
          msg('ask.identity', { name, n: found.shared.length, ids: found.shared }),
        );
      return undefined;
    }
    if (first) this.collector.issue(c.sheet(), c.address('name', i), name, msg('reading.name-not-on-roster', { name }));
    return nameKey(name);
  }
}
