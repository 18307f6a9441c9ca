/** The report in English: ASCII punctuation, plurals, figures with their units (45.0 h, 70.0%, 1 person). */
import type { Noun, ReportCatalogue } from './catalogue';
import { verdictEn } from './verdict-words';
import { ENGLISH_MONTHS as MONTHS, dateParts, japanTime, pad2 } from './japan-time';

function date(iso: string): string {
  const p = dateParts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

function month(iso: string): string {
  const p = dateParts(iso);
  return p ? `${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

const NOUNS: Record<Noun, [string, string]> = {
  case: ['case', 'cases'],
  person: ['person', 'people'],
  day: ['day', 'days'],
  month: ['month', 'months'],
  row: ['row', 'rows'],
  item: ['item', 'items'],
};

/** `1 case`, `2 cases`, `0 cases`, `0.5 days`. */
function count(n: number, noun: Noun): string {
  return `${n} ${NOUNS[noun][n === 1 ? 0 : 1]}`;
}

const certified = (name: string) => `${name} certification (revised April 2025): self-check`;

const LEVELS: Record<string, string> = {
  係長: 'Section chief',
  課長補佐: 'Deputy manager',
  課長: 'Manager',
  部長: 'Department head',
};

const LEAVE_KINDS: Record<string, string> = {
  育児休業: 'childcare leave',
  介護休業: 'family-care leave',
  産前産後休業: 'maternity leave',
  産後パパ育休: 'paternity leave at birth',
  休職: 'leave of absence',
};

const kinds = (text: string) =>
  text
    .split('・')
    .map((k) => LEAVE_KINDS[k] ?? k)
    .join(', ');

/** The rule module's evidence notes (written in Japanese) in English; a note not listed stays as it is. */
const NOTES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^出生日が期間外$/, () => 'Birth outside the period'],
  [/^産後休業中（(.+) まで）のため対象外$/, (m) => `Left out: on postpartum leave (until ${m[1]})`],
  [
    /^分割付与（(.+)の付与の合計が10日に達した日から1年）$/,
    (m) => `Split grant (a year from the day the grants of ${m[1].replace(/・/g, ', ')} reached 10 days)`,
  ],
  [
    /^前倒し付与の比例按分（(.+)〜(.+) に (.+)日、取得(.+)日）で達成$/,
    (m) => `Met by the pro-rated reading (${m[1]} to ${m[2]}: ${m[3]} days, ${m[4]} taken)`,
  ],
  [/^対象外: 退職（(.+)）$/, (m) => `Not applicable: left (${m[1]})`],
  [/^対象外: 期間中ずっと(.+)$/, (m) => `Not applicable: on ${kinds(m[1])} throughout`],
  [
    /^対象外: (.+)のため、休業以外の平日が(\d+)日（必要な(.+)日より少ない）$/,
    (m) => `Not applicable: on ${kinds(m[1])}, ${m[2]} weekdays besides (fewer than the ${m[3]} days needed)`,
  ],
];

export const en: ReportCatalogue = {
  lang: 'en',
  dates: {
    date,
    month,
    monthPeriod: (a, b) => `${month(a)} to ${month(b)}`,
    datePeriod: (a, b) => `${date(a)} to ${date(b)}`,
    asOf: (d) => `as of ${date(d)}`,
    instant: (i) => {
      const t = japanTime(i);
      return t ? `${t.day} ${MONTHS[t.month - 1]} ${t.year}, ${t.hour}:${pad2(t.minute)} JST` : i;
    },
    dateFormat: 'd mmm yyyy',
    monthFormat: 'mmm yyyy',
    monthHeaderFormat: 'mmm yyyy',
  },
  units: {
    hours: '0.0" h"',
    rate: '0.0%',
    people: '[=1]0" person";0" people"',
    days: '[=1]0.0" day";0.0" days"',
    cases: '[=1]0" case";0" cases"',
    rows: '[=1]#,##0" row";#,##0" rows"',
  },
  count,
  hours: (n) => `${n.toFixed(1)} h`,
  people: (n) => count(n, 'person'),
  days: (n) => count(n, 'day'),
  percent: (f) => `${(f * 100).toFixed(1)}%`,
  status: { pass: 'Pass', fail: 'Fail', 'insufficient-data': 'Insufficient data', 'not-applicable': 'Not applicable' },
  severity: { violation: 'Violation', warning: 'Warning', 'at-risk': 'At risk' },
  verdict: {
    heading: 'Verdict',
    criteriaLabel: 'Certification / target criteria',
    legalLabel: 'Legal violations',
    bullet: '- ',
    ...verdictEn,
    criteria: {
      pass: 'Met (the criteria figures are met)',
      fail: 'Not met (some criteria are not met)',
      'insufficient-data': 'Insufficient data (some criteria cannot be decided)',
      'not-applicable': 'Not applicable',
    },
    legalNone: 'None',
    legalSome: (n) => `${count(n, 'case')} (see "Legal violations and duties" below)`,
  },
  summary: {
    titles: {
      'fukuyama-2026': 'Fukuyama work-life balance certification (FY2026): self-check',
      'kurumin-2025': certified('Kurumin'),
      'platinum-kurumin-2025': certified('Platinum Kurumin'),
      'try-kurumin-2025': certified('Try Kurumin'),
      'eruboshi-hours': 'Eruboshi certification (working hours): self-check',
      law36: 'Article 36 agreement and working hours: legal check',
      'disclosure-2025': 'Disclosure of childcare-leave take-up (from April 2025): check',
      'annual-leave': 'Annual paid leave: legal check',
      'guideline-targets': 'Working-time guideline targets: check',
      'public-sector-targets': 'Public-sector targets for women and work-life balance: check',
      all: 'WLB criteria: full check',
    },
    fallbackTitle: (label) => `${label}: check`,
    company: 'Company',
    asOf: 'As of',
    months12: 'Period (12 months)',
    years3: 'Period (3 years)',
    planPeriod: 'Plan period',
    generatedAt: 'Made at (Japan time)',
    inputIssues: 'Input issues',
    sources: 'Input sheets',
    none: '(none)',
    sourceKinds: {
      roster: 'Employee roster',
      daily: 'Attendance (daily)',
      monthly: 'Attendance (monthly)',
      leave: 'Annual paid leave',
      family: 'Childcare and family-care leave',
      checklist: 'Checklist',
    },
    headers: ['Category', 'Criterion', 'Source', 'Threshold', 'Value', 'Result', 'Gap', 'Details'],
    legalSection: 'Legal violations and duties',
    legalNone: 'This check found no legal violation.',
    legalHeaders: ['Category', 'Rule', 'Source (law)', 'Limit', 'Cases', 'Severity', 'Who and when', 'Details'],
    legalWho: (shown, more) => (more > 0 ? `${shown.join(', ')} and ${count(more, 'case')} more` : shown.join(', ')),
    criteriaSection: 'Criteria',
    checklistSection: 'Checklist (self-declared items)',
    chartSection: 'Monthly mean overtime (overtime + holiday work)',
    chartTitle: 'Monthly mean overtime',
    month: 'Month',
    mean: 'Mean',
    fullTimeMean: 'Full-time mean',
    hoursAxis: 'Hours',
    line: (h) => `${h} h`,
  },
  issues: {
    title: 'Input issues',
    headers: ['Sheet', 'Cell', 'Value', 'Message'],
    none: 'No input issues.',
  },
  law36: {
    title: 'Article 36 agreement check',
    ot: 'OT',
    otHw: 'OT + HW',
    legend: 'Legend',
    legendTexts: {
      violation:
        '100 h or more in a month (OT + HW), over 80 h averaged over 2-6 months, over 720 h a year, over 45 h in 7 months or more of a year',
      warning: 'Over 45 h in a month (needs a special clause), over 360 h a year',
      'at-risk': 'OT of the latest month close to 45 h',
    },
    note: (start) =>
      `OT = statutory overtime (without holiday work); OT + HW = statutory overtime + statutory holiday work (hours). FY = the agreement year of the Article 36 agreement (from month ${start}). Months without data are blank.`,
    noData: 'No attendance data.',
    headers: {
      id: 'Employee ID',
      name: 'Name',
      year: 'FY',
      kind: 'Hours',
      total: 'OT total',
      over45: 'Months over 45 h',
      worstMean: 'Highest 2-6-month mean',
      worstPeriod: 'Its months',
      findings: 'Findings',
    },
    monthHeader: (m) => MONTHS[m - 1].slice(0, 3),
    yearLabel: (y) => `FY${y}`,
    range: (a, b) => `${a} to ${b}`,
  },
  leave5: {
    title: 'Five days of annual leave',
    note: 'Of annual leave granted 10 days or more, the employer must have 5 days taken within a year of the grant (Labor Standards Act Art. 39(7)). A half day counts 0.5; hourly leave does not count.',
    headers: [
      'Employee ID',
      'Name',
      'Grant date',
      'Days granted',
      'Deadline',
      'Days taken',
      'Remaining (to 5 days)',
      'Status',
    ],
    notEvaluated: 'This profile does not check the five days of annual leave.',
    noGrants: 'No grant of 10 days or more.',
    violation: 'Violation (under 5 days by the deadline)',
    mustTake: 'Must take (before the deadline)',
    met: 'Met',
  },
  childcare: {
    title: 'Childcare-leave rates',
    note: "A man's birth is his spouse's. Childcare leave here = childcare leave and paternity leave at birth; maternity leave is not childcare leave. Each child counts once.",
    rateHeaders: ['Indicator', 'Value', 'Threshold', 'Result', 'Gap'],
    indicator: 'Indicator',
    notEvaluated: 'This profile does not check childcare-leave rates.',
    noData: 'No birth or leave data.',
  },
  health: {
    title: 'Long hours (80 h notice)',
    note:
      'Employees whose hours beyond 40 a week (worked hours - 40 x days of the month / 7; OT + HW where worked hours are unknown) ' +
      'exceeded 80 in a month, managers and deemed-hours staff included. Enter the date each was told and the doctor ' +
      "interview's record (what you enter is carried over, by employee and month, when the check runs again).",
    headers: [
      'Employee ID',
      'Name',
      'Month',
      'Hours beyond 40 a week',
      'Overtime (h)',
      'Holiday work (h)',
      'Worked hours (h)',
      'What the employer must do',
      'Status',
      'Date the employee was told',
      "Doctor's interview requested / held (memo)",
    ],
    none: 'Nobody worked more than 80 hours beyond 40 a week in a month.',
    notEvaluated: 'This check (the long-hours notice) is not in the chosen profile.',
    duties: {
      notify:
        "Tell the employee their overtime and holiday-work hours promptly (within about two weeks) and arrange a doctor's interview on request (Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3)",
      researchInterview:
        "Research and development over 100 h in a month: a doctor's interview is required even without a request (Industrial Safety and Health Act Art. 66-8-2). The employee must be told too",
    },
    resolved: 'Resolved (not found in this run)',
    current: 'To do',
  },
  checklist: {
    title: 'Checklist',
    headers: ['Item no.', 'Item', 'Answer (○/×)', 'Evidence (file name, memo)', 'Documents required (Q&A)'],
  },
  evidenceKeys: {
    employeeId: 'Employee ID',
    name: 'Name',
    gender: 'Gender',
    employmentType: 'Employment type',
    fixedTerm: 'Fixed-term',
    date: 'Date',
    birthDate: 'Birth date',
    childBirthDate: "Child's birth date",
    spouseBirth: "Spouse's birth",
    kind: 'Kind',
    leaveKind: 'Leave kind',
    leaveStart: 'Leave start',
    leaveEnd: 'Leave end',
    startDate: 'Start date',
    endDate: 'End date',
    tookLeave: 'Childcare leave taken',
    leaveTaken: 'Childcare leave taken',
    childcareLeave: 'Childcare leave',
    purposeLeave: 'Childcare-purpose leave',
    counted: 'Counted',
    inDenominator: 'In the denominator',
    inNumerator: 'In the numerator',
    grantDate: 'Grant date',
    grantDays: 'Days granted',
    days: 'Days',
    windowEnd: 'Deadline',
    taken: 'Days taken',
    remaining: 'Remaining (to 5 days)',
    status: 'Status',
    granted: 'Days granted',
    rate: 'Take-up rate',
    period: 'Period',
    value: 'Value',
    severity: 'Severity',
    message: 'Message',
    note: 'Note',
    reason: 'Reason',
  },
  evidenceValues: {
    // The rule module writes a gender as the roster's word in some evidence rows.
    男性: 'Male',
    女性: 'Female',
    male: 'Male',
    female: 'Female',
    birth: 'Birth',
    'childcare-leave': 'Childcare leave',
    'papa-leave': 'Paternity leave at birth',
    'purpose-leave': 'Childcare-purpose leave',
    'maternity-leave': 'Maternity leave',
    'care-leave': 'Family-care leave',
    'care-day': 'Care days',
    violation: 'Violation',
    warning: 'Warning',
    'at-risk': 'Must take',
    ok: 'Met',
    pass: 'Met',
    fail: 'Not met',
    exempt: 'Not applicable',
  },
  levels: LEVELS,
  evidenceNote: (note) => {
    for (const [pattern, render] of NOTES) {
      const m = pattern.exec(note);
      if (m) return render(m);
    }
    return note;
  },
  page: { asOf: (d) => `As of ${date(d)}`, footer: 'WLB Criteria Checker' },
  terminal: {
    headers: ['id', 'Result', 'Value', 'Threshold', 'Gap'],
    findings: 'Findings',
    inputIssues: (n) => `Input issues: ${n}`,
    summaryLine: (asOf, read, issues, outputs) =>
      `As of ${date(asOf)}; read: ${read}; ${count(issues, 'case')} of input issues${outputs ? '; ' + outputs : ''}`,
    rows: (n) => count(n, 'row'),
  },
};
