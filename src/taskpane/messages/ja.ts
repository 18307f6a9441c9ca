/**
 * Every Japanese string the task pane shows (the default locale). ./en.ts has the same keys.
 * Sheet kinds, fields, criteria and statuses come from the lower layers' label tables, not from here.
 */
import type { ToConfirm, VerdictOutcome } from '../../rules/types';

/** A certification (not a law check): a legal violation may cost it (次世代法施行規則, ふくやまWLB認定要綱). */
export function isCertification(profile: string): boolean {
  return profile !== 'law36' && profile !== 'annual-leave';
}

export const ja = {
  appTitle: 'WLB基準チェッカー',
  steps: {
    detect: '検出',
    mapping: '列の確認',
    settings: '設定',
    results: '結果',
    whatIf: '試算',
    export: '書き出し',
  },
  stepOf: (n: number, total: number) => `ステップ ${n}/${total}`,
  stepper: '手順',
  language: '表示言語',
  stepLabel: (n: number, name: string) => `${n}. ${name}`,
  units: { people: '人', cases: '件' },
  back: '戻る',
  next: '次へ',
  run: 'チェックする',
  outside: {
    title: 'Excel の外で開かれています',
    body: 'この画面は Excel のアドインです。Excel で開くと、開いているブックのシートをチェックします。ここでは同梱のサンプルブックで一連の流れを試せます（データはこのブラウザーの中だけで扱われます）。',
    trySample: 'サンプルで試す',
    loadingSample: 'サンプルを読み込んでいます…',
  },
  start: {
    title: 'ブックを読み取ります',
    body: '開いているブックのシートを読み取り、どのシートが何の表かを判定します。データは外部に送信されません。',
    read: 'シートを読み取る',
  },
  progress: {
    reading: (sheet: string, done: number, total: number) =>
      `「${sheet}」を読み取り中… ${done.toLocaleString()} / ${total.toLocaleString()} 行`,
    starting: '読み取りを始めています…',
    writing: 'シートを書き出しています…',
  },
  detect: {
    intro: 'シートごとに、何の表として読み取ったかを示します。チェックに使わないシートはチェックを外してください。',
    rows: (n: number) => `${n.toLocaleString()} 行`,
    unknown: '判定できません',
    include: (sheet: string) => `「${sheet}」を使う`,
    none: '読み取れるシートがありません。社員名簿・勤怠・休暇などの表があるブックで開いてください。',
    reread: '読み直す',
  },
  mapping: {
    intro:
      '見出しから読み取った列の意味です。違っていれば選び直してください。選んだ内容はブックに保存され、次回も使われます。',
    headerRow: (n: number | null) =>
      n == null
        ? '見出し行が見つかりません'
        : n === 0
          ? '見出し行: なし（列は値から読みました）'
          : `見出し行: ${n} 行目`,
    unmapped: '（使わない）',
    missing: (labels: string) => `不足している列: ${labels}（下の一覧で該当する列を選んでください）`,
    noSheets: 'チェックに使うシートがありません。「検出」に戻り、使うシートにチェックを入れてください。',
    saved: '列の設定をブックに保存しました。',
    inferred: '値から推定',
    byUser: '手動',
    columnLabel: (column: string, header: string) => (header ? `${column} 列「${header}」` : `${column} 列`),
    kind: 'このシートの種類',
    kindAuto: '見出しから自動で判断',
    kindLabel: (sheet: string) => `「${sheet}」の種類`,
    columnChoice: (column: string) => `${column} の意味`,
    styleChoice: (column: string) => `${column} の時間の書き方`,
    contextChoice: (sheet: string, field: string) => `「${sheet}」の${field}の読み取り元`,
    kindIgnore: '使わない',
    layout: (label: string) => `${label} として読みました`,
    style: '時間の書き方',
    styleAuto: '数値から自動で判断',
    styles: {
      decimal: '10進数（1.50 = 1時間30分）',
      sexagesimal: '60進数（1.30 = 1時間30分）',
      minutes: '分（90 = 1時間30分）',
      clock: '時:分（1:30）',
    },
    sumHint: '同じ項目を2つの列に選ぶと合計します',
    context: '列にない値',
    sources: {
      column: '自動',
      sheetName: 'シート名から',
      fileName: 'ファイル名から',
      headerBlock: 'シート上部の欄から',
      constant: '値を入力',
    },
    constantLabel: (field: string) => `${field}の値`,
    from: (origin: string) => `読み取り元: ${origin}`,
    /** Where a value was found, as the pane says it: `シート上部 A2`, `シート名`, `列 B`. */
    where: (origin: string) => {
      const block = /^header block (.+)$/.exec(origin);
      if (block) return `シート上部 ${block[1]}`;
      const named: Record<string, string> = {
        'sheet name': 'シート名',
        'file name': 'ファイル名',
        constant: '入力した値',
      };
      return named[origin] ?? `列 ${origin}`;
    },
    found: (value: string, where: string) => (value ? `${value}（${where}）` : where),
    notFound: '見つかりません',
    monthPlaceholder: '2025年6月',
    previewTitle: 'この読み方で読んだ時間（月別）',
    previewNone: 'この読み方では、時間を読める行がありません。',
    previewLine: (p: Record<'employee' | 'month' | 'worked' | 'overtime' | 'holidayWork' | 'lateNightDays', string>) =>
      `${p.employee} ${Number(p.month.slice(0, 4))}年${Number(p.month.slice(5, 7))}月: 実働 ${p.worked}時間・法定時間外 ${p.overtime}時間・法定休日労働 ${p.holidayWork}時間・深夜 ${p.lateNightDays}日`,
    previewMore: (n: number) => `ほか ${n} 件（すべては結果に）`,
    problems: 'このシートで使えていないもの',
    parts: {
      header: '見出しの行',
      headerAuto: '（自動で探す）',
      headerNone: 'なし（1行目からデータ）',
      headerAt: '行を指定',
      headerRowNumber: '見出しの行番号',
      breakRule: '休憩（休憩の列がないとき）',
      rules: {
        statutory: '労基法34条の最低限',
        fixed: '決まった時間帯',
        none: '休憩なし',
      },
      breakFrom: '休憩の開始',
      breakTo: '休憩の終了',
      identity: '社員の特定',
      identities: { employeeId: '社員番号で', name: '氏名で（名簿と照合）' },
      pairing: '打刻の組み合わせ',
      pairings: { kind: '種類（出勤・退勤）で', order: '時刻の順に' },
    },
  },
  reading: {
    nothingUsable: '勤怠・休暇の行を1行も使えていません。下の結果はデータ不足です。',
    partial: '一部の列を使えていないシートがあります。',
    fix: '「列の確認」で指定してください。',
  },
  settings: {
    agreementTitle: '36協定（自社の協定・様式第9号の2）',
    agreementSpecial: { unknown: '不明', yes: 'あり', no: 'なし' },
    profileQuestion: '何の準備をしていますか？',
    profileHint:
      '選んだ認定の基準で判定します。法令違反（36協定・年5日の年休・80時間超の通知）はどれを選んでも結果の最初に示します。',
    profile: '認定・チェック',
    asOf: '基準日',
    planStart: '計画期間の開始',
    planEnd: '計画期間の終了',
    planHint: '空欄なら基準日までの 3 年間',
    datePlaceholder: '年/月/日',
    dateHint: '年/月/日 の形で入力（例: 2026/03/31）',
    agreementStart: '36協定の起算月',
    month: (m: number) => `${m} 月`,
    companyName: '会社名',
    companyNameHint: 'サマリーの表題とページの上部に印刷します。空欄ならブックのプロパティの会社名を使います。',
    company: '会社の働き方',
    companyHint: 'データ（社員名簿の列）に書かれていないときに使います。',
    statutoryWeekday: '法定休日の曜日',
    statutoryWeekdayHint: '未設定なら週ごとに推定します（7日続けて勤務した週はその最後の日）。',
    weekdays: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'],
    unset: '未設定',
    workingTimeSystem: '労働時間制',
    workingTimeSystemHint: '社員名簿に労働時間制の列がないため、全員に使います。',
    systems: {
      general: '通常の労働時間制',
      'variable-1month': '1か月単位の変形労働時間制',
      'variable-1year': '1年単位の変形労働時間制',
      flextime: 'フレックスタイム制',
      manager: '管理監督者',
      deemed: 'みなし労働時間制（裁量労働・事業場外）',
    },
    advanced: '詳細設定（目標値）',
    thresholds: 'この認定の目標値',
    legal: '法定の上限（変更できません）',
    legalBadge: '法定',
    thresholdFixed: '（内訳ごとの値：変更できません）',
    invalidDate: '日付は 年/月/日 の形（例: 2026/03/31）で入力してください。',
    invalidNumber: '数値を入力してください。',
    chooseFirst: '先に「何の準備をしていますか？」を選んでください。',
  },
  guide: {
    title: 'はじめに（1 分）',
    reads: 'このブックの社員名簿・勤怠・休暇・チェックリストのシートを読み取ります。あなたのシートは変更しません。',
    writes:
      '「書き出し」で、チェッカー専用のシート（WLB基準サマリー、明細、チェックリスト）を追加・更新します。設定はブックに保存され、次回も使われます。',
    privacy: 'データはブックの外に送信されません。',
    ok: 'はじめる',
  },
  results: {
    summary: (pass: number, fail: number, insufficient: number) =>
      `達成 ${pass} ・ 未達 ${fail} ・ データ不足 ${insufficient}`,
    verdictTitle: (profile: string) => `${profile} の判定`,
    outcome: (outcome: VerdictOutcome, legal: number, profile: string) => {
      const found = `法令違反が${legal}件あり`;
      switch (outcome) {
        case 'met':
          return '基準の数値は満たしています';
        case 'met-but-legal-violations':
          return isCertification(profile)
            ? `基準の数値は満たしています — ただし${found}、認定されない可能性があります`
            : `基準の数値は満たしています — ただし${found}ます`;
        case 'not-met':
          return legal > 0 ? `基準を満たしていない項目があり、${found}ます` : '基準を満たしていない項目があります';
        case 'insufficient-data':
          return legal > 0
            ? `データ不足で判定できない項目があり、${found}ます`
            : 'データ不足で判定できない項目があります';
        default:
          return legal > 0 ? `対象となる基準はありません。${found}ます` : '対象となる基準はありません';
      }
    },
    outcomeShort: {
      met: '達成',
      'met-but-legal-violations': '数値は達成・法令違反あり',
      'not-met': '未達',
      'insufficient-data': 'データ不足',
      'not-applicable': '対象外',
    } as Record<VerdictOutcome, string>,
    toConfirmTitle: '要確認（データでは判断できない要件）',
    toConfirm: {
      'action-plan': '一般事業主行動計画の策定・届出・公表・周知',
      'plan-goals': '行動計画に定めた目標の達成',
      'work-style-measures': '多様な労働条件の整備などの措置',
      checklist: 'チェックリスト（自己申告項目）の回答と証拠書類',
      'other-law-breaches': 'この集計に含まれない関係法令の重大な違反がないこと',
    } as Record<ToConfirm, string>,
    legalLimit: (badge: string, limit: string) => `（${badge}: ${limit}）`,
    todoTitle: (n: number) => `やること (${n})`,
    todoNone: 'やることはありません。',
    lawTitle: '法令違反（どの認定でも対応が必要）',
    lawNone: '36協定・年5日の年休・80時間超の通知で、法令違反は見つかりませんでした。',
    lawItem: (title: string, n: number) => `${title}: ${n} 件`,
    actionFail: '未達: ',
    actionData: 'データ不足: ',
    checklistTodo: (n: number) => `チェックリストの未回答 ${n} 項目に ○/× を付ける`,
    groups: {
      fail: (n: number) => `未達 (${n})`,
      'insufficient-data': (n: number) => `データ不足 (${n})`,
      pass: (n: number) => `達成 (${n})`,
      'not-applicable': (n: number) => `対象外 (${n})`,
    },
    value: '実績',
    threshold: '基準',
    gap: '不足',
    action: 'やること',
    alternativePassed: (title: string) => `「${title}」で達成`,
    alternativeCovers: (title: string) =>
      `「${title}」を達成しているため、この項目は満たさなくても認定の基準を満たします`,
    showFindings: (n: number) => `社員ごとの指摘 (${n} 件)`,
    hideFindings: '指摘を閉じる',
    noValue: '—',
    otherFindings: (n: number) => `その他の指摘 (${n} 件)`,
    headroomTitle: (month: string) => `残業上限の残り（${month}、残りの少ない順）`,
    headroomLine: (who: string, hours: string, why: string) => `${who}: あと ${hours} 時間 — ${why}`,
    findingsTitle: '社員ごとの指摘',
    issuesTitle: (n: number) => `入力エラー (${n} 件)`,
    issuesHint: 'クリックするとそのセルを選択します。',
    issuesHintPreview: 'クリックするとそのセルを示します（サンプルでは選択できません）。',
    noIssues: '読み取れなかったセルはありません。',
    selected: (sheet: string, cell: string) => `選択中: ${sheet}!${cell}`,
    noCriteria: 'この基準で評価できる項目がありません。',
    window: (from: string, to: string) => `対象期間: ${from}〜${to}`,
    updated: (summary: string) => `結果を更新しました。${summary}`,
  },
  checklist: {
    title: (answered: number, total: number) => `チェックリスト（回答 ${answered}/${total}）`,
    intro: '各項目に ○（該当）か ×（非該当）を付け、証拠書類をメモしてください。回答はすぐに結果に反映されます。',
    yes: '○ 該当',
    no: '× 非該当',
    none: '未回答',
    answerLabel: (itemNo: string) => `項目${itemNo} の回答`,
    note: '証拠書類（ファイル名・メモ）',
    evidenceAsked: (text: string) => `必要な資料: ${text}`,
    save: 'チェックリストシートに保存',
    saved: 'チェックリストシートに保存しました。',
    unsaved: '未保存の回答があります（「書き出し」でも保存されます）。',
  },
  whatIf: {
    intro: '数値を変えると、読み取り済みのデータで結果をすぐに計算し直します。ブックは変更しません。',
    banner: '試算中（実データではありません）',
    backToReal: '実データに戻す',
    extraMen: '男性の育休取得者を◯人増やす',
    overtimeCut: '時間外労働を◯%減らす',
    threshold: '基準値を変える',
    criterion: '項目',
    compare: (real: string, whatIf: string) => `実データ ${real} → 試算 ${whatIf}`,
    planStart: '計画期間の開始',
    planEnd: '計画期間の終了',
    activeTitle: '試算中の変更',
    noActive: 'まだ変更はありません。下の値を変えてみてください。',
    activeMen: (n: number) => `男性の育休取得者を${n}人増やす`,
    activeCut: (n: number) => `時間外労働を${n}%減らす`,
    activeThreshold: (title: string, value: string) => `${title}: 基準値 ${value}`,
    activePlan: (from: string, to: string) => `計画期間 ${from}〜${to}`,
    undo: '元に戻す',
    undoLabel: (change: string) => `元に戻す: ${change}`,
    legalCleared: '法令違反が解消: ',
    legalCreated: '法令違反が発生: ',
    legalWho: (who: string, period: string) => `（${who} ${period}）`,
    withName: (id: string, name: string) => `${id} ${name}`,
    legalLabel: '法令違反',
    summaryTitle: '実データ → 試算',
    summaryRow: (label: string, real: number, whatIf: number) => `${label} ${real} → ${whatIf}`,
    changedTitle: (n: number) => `判定が変わった項目 (${n})`,
    noChange: '判定が変わった項目はありません。',
    allTitle: '試算の全項目',
    rangeCount: (max: number) => `0〜${max.toLocaleString()} の整数で入力してください。`,
    rangePercent: '0〜100 % の整数で入力してください。',
  },
  exportStep: {
    checklistNote: 'ペインで付けたチェックリストの回答も、チェックリストシートに書き込みます。',
    generatedAt: (text: string) => `作成日時（日本時間）: ${text}`,
    intro:
      'チェック結果をシート「WLB基準サマリー」と明細シートに書き出します。以前に書き出したシートは置き換え、あなたのシートは変更しません。',
    whatIfNote: '書き出すのは実データの結果です（試算の値は書き出しません）。',
    write: 'シートに書き出す',
    done: (names: string) => `書き出しました: ${names}`,
    previewTitle: (sheet: string) => `「${sheet}」のプレビュー`,
    sheetsTitle: 'ブックのシート',
  },
  boundary: {
    message: '画面の表示中にエラーが起きました。',
    hint: 'ブックは変更していません。「もう一度表示する」を押すか、作業ペインを開き直してください。',
    retry: 'もう一度表示する',
  },
  errors: {
    cellEdit: {
      message: 'セルを編集中のため、ブックを操作できませんでした。',
      hint: 'Enter キーでセルの編集を終えてから、もう一度お試しください。',
    },
    read: {
      message: 'ブックを読み取れませんでした。',
      hint: 'ブックを保存してから「読み直す」を押してください。続く場合は Excel を開き直してください。',
    },
    tooLarge: {
      message: 'シートが大きすぎて一度に読み取れませんでした。',
      hint: '使わないシートのチェックを外すか、不要な行を削除してから読み直してください。',
    },
    write: {
      message: '書き出しに失敗しました。ブックは元のままです。',
      hint: 'シートやブックの保護を解除し、セルの編集を終えてから、もう一度書き出してください。',
    },
    writeNotRestored: {
      message: '書き出しに失敗し、途中まで作ったシートを元に戻せませんでした。',
      hint: '名前が「~wlb_」で始まるシートが残っていれば削除し、チェッカーのシートがそろっているか確かめてから、もう一度書き出してください。',
    },
    sample: {
      message: 'サンプルブックを読み込めませんでした。',
      hint: 'ページを再読み込みしてください。続く場合は、アドインを配信しているサーバーに sample-company.xlsx があるか確認してください。',
    },
    settings: {
      message: '列の設定をブックに保存できませんでした。',
      hint: '今回のチェックには使われます。次回もう一度選んでください。',
    },
    select: { message: 'セルを選択できませんでした。', hint: 'シートが削除・名前変更されていないか確認してください。' },
    unknown: {
      message: '思いがけないエラーが起きました。',
      hint: 'もう一度お試しください。続く場合は作業ペインを閉じて開き直してください。',
    },
    detail: (text: string) => `詳細: ${text}`,
    close: '閉じる',
  },
};

export type Messages = typeof ja;
