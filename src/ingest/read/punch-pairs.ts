/**
 * Punch logs (one row per punch): a person's punches, in time order, paired into work segments. With a kind
 * (出勤 / 退勤 / 休憩開始 / 休憩終了) the kinds pair them and a break splits the work around it; without one the punches of
 * a day pair in order (1st–2nd, 3rd–4th). A pair may cross midnight: it belongs to the day it started. A punch left
 * without its partner makes its day unusable (said as an input issue), never silently dropped.
 */

export type PunchKind = 'in' | 'out' | 'breakStart' | 'breakEnd';

export interface Punch {
  /** Minutes since 1970-01-01 (day number × 1440 + minute of the day). */
  at: number;
  kind?: PunchKind;
  /** Index of the punch's data row (for the cell). */
  row: number;
}

/** One work segment: minutes since the epoch, the day its shift began, and the rows of its two punches. */
export interface PunchSegment {
  start: number;
  end: number;
  /** Day number (since 1970-01-01) of the shift's first punch: a segment after a break past midnight stays on it. */
  day: number;
  /** The minute of the shift's first punch: segments of one shift share it. */
  shift: number;
  rows: [number, number];
}

export interface Pairing {
  segments: PunchSegment[];
  /** Punches without a partner, with what was wrong (Japanese and English). */
  unpaired: { punch: Punch; detail: { ja: string; en: string } }[];
}

const KIND_WORDS: [RegExp, PunchKind][] = [
  [/^(出勤|出社|始業|in|clockin|start)$/, 'in'],
  [/^(退勤|退社|終業|out|clockout|end)$/, 'out'],
  [/^(休憩開始|休憩入|休憩入り|外出|breakstart|breakin)$/, 'breakStart'],
  [/^(休憩終了|休憩戻|休憩戻り|戻り|再入|breakend|breakout)$/, 'breakEnd'],
];

/** The kind a punch label names (`出勤`, `退勤`, `休憩開始`, `Clock in` …), or undefined. */
export function punchKindOf(text: string): PunchKind | undefined {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-・]/g, '');
  for (const [re, kind] of KIND_WORDS) if (re.test(t)) return kind;
  return undefined;
}

const DETAIL = {
  inTwice: { ja: '出勤の打刻が続いています', en: 'two clock-ins in a row' },
  outAlone: { ja: '出勤のない退勤があります', en: 'a clock-out without a clock-in' },
  openAtEnd: { ja: '退勤の打刻がありません', en: 'no clock-out' },
  breakOutside: { ja: '勤務中でない休憩の打刻があります', en: 'a break punch outside work' },
  odd: { ja: '打刻の数が奇数です', en: 'an odd number of punches' },
  tooLong: { ja: '出勤から退勤まで24時間を超えます', en: 'more than 24 hours from clock-in to clock-out' },
};

const MAX_SPAN = 24 * 60;

/**
 * Pairs one person's punches that carry kinds. A break splits the open work segment; a second 出勤 before a 退勤,
 * a 退勤 with no 出勤 or a segment left open are unpaired.
 * Example: 出勤 9:00, 休憩開始 12:00, 休憩終了 13:00, 退勤 18:00 → segments 9–12 and 13–18.
 */
export function pairByKind(punches: Punch[]): Pairing {
  const out: Pairing = { segments: [], unpaired: [] };
  let open: Punch | null = null;
  let onBreak: Punch | null = null;
  let shiftStart = 0;
  for (const p of [...punches].sort((a, b) => a.at - b.at)) {
    if (p.kind === 'in') {
      if (open) out.unpaired.push({ punch: open, detail: DETAIL.inTwice });
      open = p;
      onBreak = null;
      shiftStart = p.at;
    } else if (p.kind === 'out') {
      if (!open && !onBreak) out.unpaired.push({ punch: p, detail: DETAIL.outAlone });
      else if (open) closeSegment(out, open, p, shiftStart);
      open = null;
      onBreak = null;
    } else if (p.kind === 'breakStart') {
      if (!open) out.unpaired.push({ punch: p, detail: DETAIL.breakOutside });
      else closeSegment(out, open, p, shiftStart);
      onBreak = open ? p : null;
      open = null;
    } else if (p.kind === 'breakEnd') {
      if (!onBreak) out.unpaired.push({ punch: p, detail: DETAIL.breakOutside });
      else open = p;
      onBreak = null;
    }
  }
  if (open) out.unpaired.push({ punch: open, detail: DETAIL.openAtEnd });
  if (onBreak) out.unpaired.push({ punch: onBreak, detail: DETAIL.openAtEnd });
  return out;
}

function closeSegment(out: Pairing, from: Punch, to: Punch, shift: number): void {
  if (to.at - from.at > MAX_SPAN) {
    out.unpaired.push({ punch: from, detail: DETAIL.tooLong });
    return;
  }
  out.segments.push({ start: from.at, end: to.at, day: Math.floor(shift / 1440), shift, rows: [from.row, to.row] });
}

/** A gap this long after an odd count ends the shift anyway: its clock-out is missing, not 20 hours away. */
const ODD_GAP = 20 * 60;

/**
 * Pairs one person's punches that carry no kind: grouped into shifts (a new shift begins after a gap of more than
 * `restGap` minutes since the previous even-numbered punch — the rest between two working days — or of more than
 * 20 hours after an odd one), each shift's punches paired in order. A shift with an odd number of punches is
 * unpaired as a whole: which punch is missing cannot be told. Nor can it when the shift just before spanned a long
 * gap across midnight at an odd count (20:00 … 9:00 the next morning: a night's work, or a clock-out and a clock-in
 * with the next punch missing) — that shift is then unpaired too, never read as a 13-hour stretch.
 * Example: 22:00, 06:00 (next day) → one segment across midnight; 9:00, 12:00, 13:00, 18:00 → 9–12 and 13–18.
 */
export function pairInOrder(punches: Punch[], restGap = 5 * 60): Pairing {
  const out: Pairing = { segments: [], unpaired: [] };
  const sorted = [...punches].sort((a, b) => a.at - b.at);
  let shift: Punch[] = [];
  let stretched = false;
  let previous: { punches: Punch[]; segments: number; stretched: boolean } | null = null;
  const flush = () => {
    if (shift.length % 2 === 1) {
      if (previous?.stretched) {
        out.segments.splice(out.segments.length - previous.segments, previous.segments);
        for (const p of previous.punches) out.unpaired.push({ punch: p, detail: DETAIL.odd });
      }
      for (const p of shift) out.unpaired.push({ punch: p, detail: DETAIL.odd });
      previous = null;
    } else {
      const before = out.segments.length;
      for (let k = 0; k < shift.length; k += 2) closeSegment(out, shift[k], shift[k + 1], shift[0].at);
      previous = { punches: shift, segments: out.segments.length - before, stretched };
    }
    shift = [];
    stretched = false;
  };
  for (const p of sorted) {
    const last = shift[shift.length - 1];
    // Within a shift, a pair's own span may be long (a night shift); only a gap after an even count ends a shift.
    const gap = last ? p.at - last.at : 0;
    if (last && ((shift.length % 2 === 0 && gap > restGap) || gap > ODD_GAP)) flush();
    // A long odd-count gap across midnight is the one a missing punch can fake: 20:00 … 9:00 the next morning.
    else if (last && gap > restGap && Math.floor(p.at / 1440) !== Math.floor(last.at / 1440)) stretched = true;
    shift.push(p);
  }
  flush();
  return out;
}
