/** English strings, shown when Office's display language (or `?lang=en` outside Office) is English. */
import { isCertification, type Messages } from './ja';

/**
 * A count with its noun, singular for one.
 *
 * @example plural(1, 'case') // '1 case'
 * @example plural(2, 'person', 'people') // '2 people'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export const en: Messages = {
  appTitle: 'WLB Criteria Checker',
  steps: {
    detect: 'Detect',
    mapping: 'Columns',
    settings: 'Settings',
    results: 'Results',
    whatIf: 'What-if',
    export: 'Write',
  },
  stepOf: (n, total) => `Step ${n}/${total}`,
  stepper: 'Steps',
  language: 'Language',
  stepLabel: (n, name) => `${n}. ${name}`,
  units: { people: 'people', cases: 'cases' },
  back: 'Back',
  next: 'Next',
  run: 'Run check',
  outside: {
    title: 'Opened outside Excel',
    body: 'This page is an Excel add-in. In Excel it checks the sheets of the open workbook. Here you can try the whole flow on the bundled sample workbook (the data stays in this browser).',
    trySample: 'Try the sample',
    loadingSample: 'Loading the sample...',
  },
  start: {
    title: 'Read the workbook',
    body: 'Reads the sheets of the open workbook and recognises what each one holds. Nothing is sent anywhere.',
    read: 'Read sheets',
  },
  progress: {
    reading: (sheet, done, total) => `Reading "${sheet}"... ${done.toLocaleString()} / ${total.toLocaleString()} rows`,
    starting: 'Starting to read...',
    writing: 'Writing sheets...',
  },
  detect: {
    intro: 'How each sheet was recognised. Untick the sheets the check should not use.',
    rows: (n) => plural(n, 'row'),
    unknown: 'Not recognised',
    include: (sheet) => `Use "${sheet}"`,
    none: 'No readable sheet. Open a workbook with a roster, attendance or leave table.',
    reread: 'Read again',
  },
  mapping: {
    intro:
      'What each column was recognised as. Pick another field where it is wrong; the choice is saved in the workbook.',
    headerRow: (n) =>
      n == null ? 'No header row found' : n === 0 ? 'Header row: none (columns read from values)' : `Header row: ${n}`,
    unmapped: '(not used)',
    missing: (labels) => `Missing columns: ${labels} (pick the matching columns below)`,
    noSheets: 'No sheet is selected for the check. Go back to "Detect" and tick the sheets to use.',
    saved: 'Column settings saved in the workbook.',
    inferred: 'inferred from values',
    byUser: 'manual',
    columnLabel: (column, header) => (header ? `Column ${column} "${header}"` : `Column ${column}`),
    kind: 'What this sheet holds',
    kindAuto: 'Decide from the headers',
    kindLabel: (sheet) => `What "${sheet}" holds`,
    columnChoice: (column) => `Meaning of ${column}`,
    styleChoice: (column) => `How ${column} writes hours`,
    contextChoice: (sheet, field) => `Where "${sheet}" gives ${field}`,
    kindIgnore: 'Do not use',
    layout: (label) => `Read as ${label}`,
    style: 'How hours are written',
    styleAuto: 'Decide from the numbers',
    styles: {
      decimal: 'Decimal (1.50 = 1 h 30 min)',
      sexagesimal: 'Base 60 (1.30 = 1 h 30 min)',
      minutes: 'Minutes (90 = 1 h 30 min)',
      clock: 'h:mm (1:30)',
    },
    sumHint: 'Pick the same field for two columns to add them up',
    context: 'Values not in a column',
    sources: {
      column: 'Automatic',
      sheetName: 'From the sheet name',
      fileName: 'From the file name',
      headerBlock: 'From the block above the table',
      constant: 'Type a value',
    },
    constantLabel: (field) => `Value of ${field}`,
    from: (origin) => `Taken from: ${origin}`,
    where: (origin) => {
      const block = /^header block (.+)$/.exec(origin);
      if (block) return `block above the table, ${block[1]}`;
      const named: Record<string, string> = { 'sheet name': 'sheet name', 'file name': 'file name', constant: 'typed' };
      return named[origin] ?? `column ${origin}`;
    },
    found: (value, where) => (value ? `${value} (${where})` : where),
    notFound: 'not found',
    monthPlaceholder: '2025-06',
    previewTitle: 'Hours read this way (by month)',
    previewNone: 'Read this way, no row gives hours.',
    previewLine: (p) =>
      `${p.employee} ${p.month}: worked ${p.worked} h, statutory overtime ${p.overtime} h, statutory holiday work ${p.holidayWork} h, late night ${p.lateNightDays} days`,
    previewMore: (n) => `${n} more (all in Results)`,
    problems: 'Not used on this sheet',
    parts: {
      header: 'Header row',
      headerAuto: '(find it)',
      headerNone: 'None (data from row 1)',
      headerAt: 'Row number',
      headerRowNumber: 'Header row number',
      breakRule: 'Break (no break column)',
      rules: {
        statutory: 'Statutory minimum (art. 34)',
        fixed: 'Fixed window',
        none: 'No break',
      },
      breakFrom: 'Break from',
      breakTo: 'Break to',
      identity: 'Identify employees',
      identities: { employeeId: 'By employee ID', name: 'By name (roster)' },
      pairing: 'Punch pairing',
      pairings: { kind: 'By kind (in / out)', order: 'In time order' },
    },
  },
  reading: {
    nothingUsable: 'Not one attendance or leave row could be used. The results below lack data.',
    partial: 'Some sheets have columns that could not be used.',
    fix: 'Set them in "Columns".',
  },
  settings: {
    agreementTitle: "The company's Article 36 agreement (Form 9-2)",
    agreementSpecial: { unknown: 'Not known', yes: 'Yes', no: 'No' },
    profileQuestion: 'What are you preparing for?',
    profileHint:
      'Results are judged against this certification. Legal violations (Article 36, five days of leave, the 80-hour notice) are shown first whatever you choose.',
    profile: 'Certification or check',
    asOf: 'As-of date',
    planStart: 'Plan period start',
    planEnd: 'Plan period end',
    planHint: 'Blank: the 3 years up to the as-of date',
    datePlaceholder: 'yyyy/mm/dd',
    dateHint: 'Year/month/day, e.g. 2026/03/31',
    agreementStart: 'Article 36 agreement year starts in',
    month: (n) =>
      [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ][n - 1] ?? String(n),
    companyName: 'Company name',
    companyNameHint: "Printed in the summary's title block and page header. Blank: the workbook's Company property.",
    company: 'How the company works',
    companyHint: 'Used where the data (a roster column) does not say.',
    statutoryWeekday: 'Statutory rest day',
    statutoryWeekdayHint: 'Not set: inferred week by week (the last day of a week worked seven days).',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    unset: 'Not set',
    workingTimeSystem: 'Working-time system',
    workingTimeSystemHint: 'The roster has no working-time system column, so this applies to everyone.',
    systems: {
      general: 'Standard hours',
      'variable-1month': 'Variable hours (1 month)',
      'variable-1year': 'Variable hours (1 year)',
      flextime: 'Flextime',
      manager: 'Managers (Art. 41)',
      deemed: 'Deemed hours (discretionary / off-site)',
    },
    advanced: 'Advanced (targets)',
    thresholds: 'Targets of this certification',
    legal: 'Legal limits (not editable)',
    legalBadge: 'Legal',
    thresholdFixed: '(per category: not editable)',
    invalidDate: 'Enter the date as year/month/day, e.g. 2026/03/31.',
    invalidNumber: 'Enter a number.',
    chooseFirst: 'First choose what you are preparing for.',
  },
  guide: {
    title: 'Before you start (1 minute)',
    reads: "Reads this workbook's roster, attendance, leave and checklist sheets. Your sheets are never changed.",
    writes:
      '"Write" adds or updates the checker\'s own sheets (WLB summary, details, checklist). Settings are saved in the workbook for next time.',
    privacy: 'No data leaves the workbook.',
    ok: 'Start',
  },
  results: {
    summary: (pass, fail, insufficient) => `Met ${pass} · Not met ${fail} · Not enough data ${insufficient}`,
    verdictTitle: (profile) => `${profile}: verdict`,
    outcome: (outcome, legal, profile) => {
      const found = `${legal} legal ${legal === 1 ? 'violation was' : 'violations were'} found`;
      switch (outcome) {
        case 'met':
          return 'The criteria figures are met';
        case 'met-but-legal-violations':
          return isCertification(profile)
            ? `The criteria figures are met - but ${found}, so the certification may not be granted`
            : `The criteria figures are met - but ${found}`;
        case 'not-met':
          return legal > 0 ? `Some criteria are not met, and ${found}` : 'Some criteria are not met';
        case 'insufficient-data':
          return legal > 0
            ? `Some criteria cannot be decided for lack of data, and ${found}`
            : 'Some criteria cannot be decided for lack of data';
        default:
          return legal > 0 ? `No criterion applies, but ${found}` : 'No criterion applies';
      }
    },
    outcomeShort: {
      met: 'Met',
      'met-but-legal-violations': 'Figures met, legal violations',
      'not-met': 'Not met',
      'insufficient-data': 'Insufficient data',
      'not-applicable': 'Not applicable',
    },
    toConfirmTitle: 'To confirm (requirements no data can show)',
    toConfirm: {
      'action-plan': "The employer's action plan: drawn up, filed, published and made known",
      'plan-goals': 'The goals of the action plan: achieved',
      'work-style-measures': 'Measures such as flexible working conditions',
      checklist: 'The checklist (self-declared items): answers and evidence',
      'other-law-breaches': 'No serious breach of other labour laws this check does not cover',
    },
    legalLimit: (badge, limit) => ` (${badge}: ${limit})`,
    todoTitle: (n) => `To do (${n})`,
    todoNone: 'Nothing to do.',
    lawTitle: 'Legal violations (to act on whatever the certification)',
    lawNone: 'No violation of Article 36, the five days of leave or the 80-hour notice was found.',
    lawItem: (title, n) => `${title}: ${plural(n, 'case')}`,
    actionFail: 'Not met: ',
    actionData: 'Not enough data: ',
    checklistTodo: (n) => `Answer ○/× for ${plural(n, 'checklist item')}`,
    groups: {
      fail: (n) => `Not met (${n})`,
      'insufficient-data': (n) => `Not enough data (${n})`,
      pass: (n) => `Met (${n})`,
      'not-applicable': (n) => `Not applicable (${n})`,
    },
    value: 'Actual',
    threshold: 'Target',
    gap: 'Gap',
    action: 'To do',
    alternativePassed: (title) => `Met through "${title}"`,
    alternativeCovers: (title) => `"${title}" is met, so this one need not be`,
    showFindings: (n) => `Findings per employee (${n})`,
    hideFindings: 'Hide findings',
    noValue: '—',
    otherFindings: (n) => `Other findings (${n})`,
    headroomTitle: (month) => `Overtime still allowed (${month}, least first)`,
    headroomLine: (who, hours, why) => `${who}: ${hours} h more — ${why}`,
    findingsTitle: 'Findings per employee',
    issuesTitle: (n) => `Input errors (${n})`,
    issuesHint: 'Click one to select the cell.',
    issuesHintPreview: 'Click one to highlight it (the sample cannot select cells).',
    noIssues: 'Every cell could be read.',
    selected: (sheet, cell) => `Selected: ${sheet}!${cell}`,
    noCriteria: 'This profile has no criterion to evaluate.',
    window: (from, to) => `Period: ${from} - ${to}`,
    updated: (summary) => `Results updated. ${summary}`,
  },
  checklist: {
    title: (answered, total) => `Checklist (${answered}/${total} answered)`,
    intro: 'Mark each item ○ (applies) or × (does not) and note the evidence. Answers count in the results at once.',
    yes: '○ Applies',
    no: '× Does not',
    none: 'Not answered',
    answerLabel: (itemNo) => `Answer to item ${itemNo}`,
    note: 'Evidence (file name or note)',
    evidenceAsked: (text) => `Evidence asked for: ${text}`,
    save: 'Save to the checklist sheet',
    saved: 'Saved to the checklist sheet.',
    unsaved: 'Some answers are not saved yet ("Write" saves them too).',
  },
  whatIf: {
    intro:
      'Change a number and the results are recomputed at once from the data already read. The workbook is not changed.',
    banner: 'What-if (not the real data)',
    backToReal: 'Back to real data',
    extraMen: 'More men on childcare leave (people)',
    overtimeCut: 'Cut overtime by (%)',
    threshold: 'Try another target',
    criterion: 'Criterion',
    compare: (real, whatIf) => `Real ${real} → what-if ${whatIf}`,
    planStart: 'Plan period start',
    planEnd: 'Plan period end',
    activeTitle: 'Active changes',
    noActive: 'No change yet. Try the values below.',
    activeMen: (n) => `${plural(n, 'more man', 'more men')} on childcare leave`,
    activeCut: (n) => `Overtime cut by ${n}%`,
    activeThreshold: (title, value) => `${title}: target ${value}`,
    activePlan: (from, to) => `Plan period ${from} - ${to}`,
    undo: 'Undo',
    undoLabel: (change) => `Undo: ${change}`,
    legalCleared: 'Legal violation cleared: ',
    legalCreated: 'Legal violation created: ',
    legalWho: (who, period) => ` (${who}, ${period})`,
    withName: (id, name) => `${id} ${name}`,
    legalLabel: 'Legal violations',
    summaryTitle: 'Real → what-if',
    summaryRow: (label, real, whatIf) => `${label} ${real} → ${whatIf}`,
    changedTitle: (n) => `Criteria whose status changed (${n})`,
    noChange: 'No status changed.',
    allTitle: 'All criteria (what-if)',
    rangeCount: (max) => `Enter a whole number from 0 to ${max.toLocaleString()}.`,
    rangePercent: 'Enter a whole number from 0 to 100 %.',
  },
  exportStep: {
    checklistNote: 'Checklist answers given in the pane are written to the checklist sheet too.',
    generatedAt: (text) => `Created (Japan time): ${text}`,
    intro:
      'Writes the results to the sheet "WLB基準サマリー" and detail sheets. Sheets written before are replaced; your sheets are never changed.',
    whatIfNote: 'The real results are written (not the what-if figures).',
    write: 'Write sheets',
    done: (names) => `Written: ${names}`,
    previewTitle: (sheet) => `Preview of "${sheet}"`,
    sheetsTitle: 'Sheets in the workbook',
  },
  boundary: {
    message: 'Something went wrong while showing the pane.',
    hint: 'The workbook was not changed. Press "Show again" or reopen the task pane.',
    retry: 'Show again',
  },
  errors: {
    cellEdit: {
      message: 'The workbook is in cell-edit mode.',
      hint: 'Press Enter to finish editing the cell, then try again.',
    },
    read: {
      message: 'The workbook could not be read.',
      hint: 'Save the workbook and press "Read again". If it persists, reopen Excel.',
    },
    tooLarge: {
      message: 'A sheet is too large to read at once.',
      hint: 'Untick unused sheets or delete unneeded rows, then read again.',
    },
    write: {
      message: 'Writing failed. The workbook is unchanged.',
      hint: 'Unprotect the sheet or workbook, finish editing any cell, then write again.',
    },
    writeNotRestored: {
      message: 'Writing failed, and the partly written sheets could not be removed.',
      hint: 'Delete any sheet whose name starts with "~wlb_", check that the checker\'s sheets are all there, then write again.',
    },
    sample: {
      message: 'The sample workbook could not be loaded.',
      hint: 'Reload the page. If it persists, check that the server hosting the add-in has sample-company.xlsx.',
    },
    settings: {
      message: 'The column settings could not be saved in the workbook.',
      hint: 'They are used for this check; pick them again next time.',
    },
    select: { message: 'The cell could not be selected.', hint: 'Check that the sheet was not deleted or renamed.' },
    unknown: {
      message: 'An unexpected error occurred.',
      hint: 'Try again. If it persists, close and reopen the task pane.',
    },
    detail: (text) => `Details: ${text}`,
    close: 'Close',
  },
};
