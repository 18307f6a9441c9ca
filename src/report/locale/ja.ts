/** The report in Japanese, as HR writes it (2025年4月〜2026年3月, 2026年3月31日現在, 45.0 時間). */
import type { ReportCatalogue } from './catalogue';
import { dateParts, japanTime, pad2 } from './japan-time';

function date(iso: string): string {
  const p = dateParts(iso);
  return p ? `${p[0]}年${p[1]}月${p[2]}日` : iso;
}

function month(iso: string): string {
  const p = dateParts(iso);
  return p ? `${p[0]}年${p[1]}月` : iso;
}

const certified = (name: string) => `${name}認定（2025年4月改正）基準 自己チェック`;

export const ja: ReportCatalogue = {
  lang: 'ja',
  dates: {
    date,
    month,
    monthPeriod: (a, b) => `${month(a)}〜${month(b)}`,
    datePeriod: (a, b) => `${date(a)}〜${date(b)}`,
    asOf: (d) => `${date(d)}現在`,
    instant: (i) => {
      const t = japanTime(i);
      return t ? `${t.year}年${t.month}月${t.day}日 ${t.hour}:${pad2(t.minute)}` : i;
    },
    dateFormat: 'yyyy"年"m"月"d"日"',
    monthFormat: 'yyyy"年"m"月"',
    monthHeaderFormat: 'yyyy"年"m"月"',
  },
  units: {
    hours: '0.0" 時間"',
    rate: '0.0 %',
    people: '0" 人"',
    days: '0.0" 日"',
    cases: '0" 件"',
    rows: '#,##0" 行"',
  },
  count: (n, noun) => `${n}${{ case: '件', person: '人', day: '日', month: 'か月', row: '行', item: '項目' }[noun]}`,
  hours: (n) => `${n.toFixed(1)} 時間`,
  people: (n) => `${n} 人`,
  days: (n) => `${n} 日`,
  percent: (f) => `${(f * 100).toFixed(1)} %`,
  status: { pass: '達成', fail: '未達', 'insufficient-data': 'データ不足', 'not-applicable': '対象外' },
  severity: { violation: '違反', warning: '警告', 'at-risk': '注意' },
  verdict: {
    heading: '判定',
    criteriaLabel: '認定・目標の基準',
    legalLabel: '法令違反',
    bullet: '・',
    toConfirmLabel: '要確認（データでは判断できない要件）',
    outcome: (outcome, n, certification) => {
      const legal = n > 0 ? `法令違反が${n}件あり` : '';
      switch (outcome) {
        case 'met':
          return '基準の数値は満たしています';
        case 'met-but-legal-violations':
          return certification
            ? `基準の数値は満たしています — ただし${legal}、認定されない可能性があります`
            : `基準の数値は満たしています — ただし${legal}ます`;
        case 'not-met':
          return n > 0 ? `基準を満たしていない項目があり、${legal}ます` : '基準を満たしていない項目があります';
        case 'insufficient-data':
          return n > 0 ? `データ不足で判定できない項目があり、${legal}ます` : 'データ不足で判定できない項目があります';
        default:
          return n > 0 ? `対象となる基準はありません。${legal}ます` : '対象となる基準はありません';
      }
    },
    short: {
      met: '達成',
      'met-but-legal-violations': '数値は達成・法令違反あり',
      'not-met': '未達',
      'insufficient-data': 'データ不足',
      'not-applicable': '対象外',
    },
    criteria: {
      pass: '達成（基準の数値を満たしています）',
      fail: '未達（満たしていない基準があります）',
      'insufficient-data': 'データ不足（判定できない基準があります）',
      'not-applicable': '対象外',
    },
    legalNone: 'なし',
    legalSome: (n) => `${n}件（下の「法令違反・要対応」を参照）`,
    toConfirm: {
      'action-plan': '一般事業主行動計画の策定・届出・公表・周知',
      'plan-goals': '行動計画に定めた目標の達成',
      'work-style-measures': '多様な労働条件の整備などの措置',
      checklist: 'チェックリスト（自己申告項目）の回答と証拠書類',
      'other-law-breaches': 'この集計に含まれない関係法令の重大な違反がないこと',
    },
  },
  summary: {
    titles: {
      'fukuyama-2026': 'ふくやまワーク・ライフ・バランス認定（2026年度）基準 自己チェック',
      'kurumin-2025': certified('くるみん'),
      'platinum-kurumin-2025': certified('プラチナくるみん'),
      'try-kurumin-2025': certified('トライくるみん'),
      'eruboshi-hours': 'えるぼし認定（労働時間）基準 自己チェック',
      law36: '36協定・労働時間 法令チェック',
      'disclosure-2025': '育児休業取得状況の公表・状況把握（2025年4月〜）チェック',
      'annual-leave': '年次有給休暇 法令チェック',
      'guideline-targets': '労働時間等見直しガイドライン 数値目標チェック',
      'public-sector-targets': '公務員の女性活躍・WLB推進 成果目標チェック',
      all: 'WLB基準 総合チェック',
    },
    fallbackTitle: (label) => `${label} チェック`,
    company: '会社名',
    asOf: '基準日',
    months12: '集計期間（12か月）',
    years3: '集計期間（3年）',
    planPeriod: '計画期間',
    generatedAt: '作成日時（日本時間）',
    inputIssues: '入力エラー',
    sources: '入力シート',
    none: '（なし）',
    sourceKinds: {
      roster: '社員名簿',
      daily: '勤怠（日次）',
      monthly: '勤怠（月次）',
      leave: '年次有給休暇',
      family: '育児・介護休業等',
      checklist: 'チェックリスト',
    },
    headers: ['区分', '項目', '根拠', '基準', '実績', '判定', '不足分', '詳細'],
    legalSection: '法令違反・要対応',
    legalNone: 'この集計で見つかった法令違反はありません。',
    legalHeaders: ['区分', '項目', '根拠（法令）', '基準', '件数', '重大度', '対象（社員・期間）', '詳細'],
    legalWho: (shown, more) => (more > 0 ? `${shown.join('、')} ほか${more}件` : shown.join('、')),
    criteriaSection: '基準ごとの判定',
    checklistSection: 'チェックリスト（自己申告項目）',
    chartSection: '月別平均残業時間（時間外労働＋休日労働）',
    chartTitle: '月別平均残業時間',
    month: '月',
    mean: '平均',
    fullTimeMean: 'フルタイム平均',
    hoursAxis: '時間',
    line: (h) => `${h}時間`,
  },
  issues: {
    title: '入力エラー',
    headers: ['シート', 'セル', '値', '内容'],
    none: '入力エラーはありません。',
  },
  law36: {
    title: '36協定チェック',
    ot: '時間外',
    otHw: '時間外＋休日',
    legend: '凡例',
    legendTexts: {
      violation: '単月100時間以上（時間外＋休日）、2〜6か月平均80時間超、年720時間超、45時間超が年7か月以上',
      warning: '月45時間超（特別条項が必要）、年360時間超',
      'at-risk': '直近の月の時間外が45時間に近い',
    },
    note: (start) =>
      `時間外 = 法定時間外労働（休日労働を除く）、時間外＋休日 = 法定時間外労働＋法定休日労働（時間）。年度は36協定の対象期間（${start}月始まり）。データのない月は空欄。`,
    noData: '勤怠データがありません。',
    headers: {
      id: '社員番号',
      name: '氏名',
      year: '年度',
      kind: '区分',
      total: '時間外の年計',
      over45: '45時間超の月数',
      worstMean: '2〜6か月平均の最大',
      worstPeriod: 'その期間',
      findings: '指摘',
    },
    monthHeader: (m) => `${m}月`,
    yearLabel: (y) => `${y}年度`,
    range: (a, b) => `${a}〜${b}`,
  },
  leave5: {
    title: '年休5日チェック',
    note: '10日以上付与された年休は、付与日から1年以内に5日取得させる義務があります（労働基準法39条7項）。半日は0.5日、時間単位年休は数えません。',
    headers: ['社員番号', '氏名', '付与日', '付与日数', '期限', '取得日数', '残り（5日まで）', '状況'],
    notEvaluated: 'このプロファイルでは年休5日の取得義務を確認していません。',
    noGrants: '10日以上の付与データがありません。',
    violation: '違反（期限までに5日未満）',
    mustTake: '要取得（期限前）',
    met: '達成',
  },
  childcare: {
    title: '育休取得率',
    note: '男性の「出産」は配偶者の出産です。育児休業等 = 育児休業・産後パパ育休。産前産後休業は育児休業に含めません。同じ子は1回だけ数えます。',
    rateHeaders: ['指標', '実績', '基準', '判定', '不足分'],
    indicator: '指標',
    notEvaluated: 'このプロファイルでは育児休業の取得率を確認していません。',
    noData: '出産・休業のデータがありません。',
  },
  health: {
    title: '健康管理（80時間）',
    note:
      '週40時間を超えて労働させた時間（総労働時間 − 40 × 月の日数 ÷ 7。総労働時間が分からない月は時間外労働 + 休日労働）が' +
      '月80時間を超えた社員です。管理監督者・みなし労働時間制の社員も含みます。通知した日と面接指導の記録を記入してください' +
      '（記入した内容は、再実行しても社員と月ごとに引き継がれます）。',
    headers: [
      '社員番号',
      '氏名',
      '月',
      '週40時間を超える労働（時間）',
      '時間外労働（時間）',
      '休日労働（時間）',
      '総労働時間（時間）',
      '事業主が行うこと',
      '状況',
      '本人に通知した日',
      '面接指導の申出・実施（メモ）',
    ],
    none: '週40時間を超える労働が月80時間を超えた社員はいません。',
    notEvaluated: 'この判定（長時間労働者への通知）は選んだプロファイルに含まれていません。',
    duties: {
      notify:
        '本人に時間外・休日労働の時間を速やかに（概ね2週間以内に）通知し、申出があれば医師の面接指導を行う（労働安全衛生法66条の8・66条の8の3、安衛則52条の2・52条の3）',
      researchInterview:
        '研究開発業務で月100時間超: 申出がなくても医師の面接指導を行う（労働安全衛生法66条の8の2）。本人への通知も必要',
    },
    resolved: '解消（今回の集計では該当なし）',
    current: '要対応',
  },
  checklist: {
    title: 'チェックリスト',
    headers: ['項目番号', '項目', '該当（○/×）', '証拠書類（ファイル名・メモ）', '必要な資料（Q&A）'],
  },
  evidenceKeys: {
    employeeId: '社員番号',
    name: '氏名',
    gender: '性別',
    employmentType: '雇用形態',
    fixedTerm: '有期',
    date: '日付',
    birthDate: '出産日',
    childBirthDate: '子の出生日',
    spouseBirth: '配偶者の出産',
    kind: '種別',
    leaveKind: '休業の種別',
    leaveStart: '休業開始日',
    leaveEnd: '休業終了日',
    startDate: '開始日',
    endDate: '終了日',
    tookLeave: '育児休業等の取得',
    leaveTaken: '育児休業等の取得',
    childcareLeave: '育児休業等',
    purposeLeave: '育児目的休暇',
    counted: '算入',
    inDenominator: '分母に算入',
    inNumerator: '分子に算入',
    grantDate: '付与日',
    grantDays: '付与日数',
    days: '日数',
    windowEnd: '期限',
    taken: '取得日数',
    remaining: '残り（5日まで）',
    status: '状況',
    granted: '付与日数',
    rate: '取得率',
    period: '期間',
    value: '値',
    severity: '重大度',
    message: '内容',
    note: '備考',
    reason: '理由',
  },
  evidenceValues: {
    male: '男性',
    female: '女性',
    birth: '出産',
    'childcare-leave': '育児休業',
    'papa-leave': '産後パパ育休',
    'purpose-leave': '育児目的休暇',
    'maternity-leave': '産前産後休業',
    'care-leave': '介護休業',
    'care-day': '介護休暇',
    violation: '違反',
    warning: '警告',
    'at-risk': '要取得',
    ok: '達成',
    pass: '達成',
    fail: '未達',
    exempt: '対象外',
  },
  levels: { 係長: '係長', 課長補佐: '課長補佐', 課長: '課長', 部長: '部長' },
  evidenceNote: (note) => note,
  page: { asOf: (d) => `${date(d)}現在`, footer: 'WLB基準チェッカー' },
  terminal: {
    headers: ['id', '判定', '実績', '基準', '不足分'],
    findings: '指摘',
    inputIssues: (n) => `入力エラー: ${n}件`,
    summaryLine: (asOf, read, issues, outputs) =>
      `基準日 ${date(asOf)}・読み込み: ${read}・入力エラー ${issues}件${outputs ? '・' + outputs : ''}`,
    rows: (n) => `${n}行`,
  },
};
