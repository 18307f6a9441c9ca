/**
 * Fukuyama self-declared checklist (ふくやまWLB認定基準表 Q&A 2026年度版). These items are about rules
 * and activities, not attendance data: the user answers ○/× on the checklist sheet and the answers come back in
 * `dataset.checklist`. Each item's text and the evidence the Q&A asks for are taken from that Q&A.
 */
import type { ChecklistAnswer, CriterionResult } from './types';
import type { EvalContext } from './context';
import type { CriterionMeta } from './result';
import { msg } from './messages';
import { buildResult } from './result';

export interface ChecklistItem {
  itemNo: string;
  text: string;
  /** What the Q&A asks the applicant to submit. */
  evidence: string;
}

/** Said in the text of an item whose wording the checker does not carry (the user reads it in the 基準表). */
export const TEXT_NOT_IN_SEED = '（本文は基準表を参照）';
/** Said in the evidence of an item whose Q&A does not name a document. */
export const EVIDENCE_NOT_IN_SEED = 'Q&Aに提出資料の記載なし（該当が分かる就業規則・社内資料等）';

const RULES_OR_RECORD = '制度化していれば就業規則等。制度化していない場合は手当等を支給した実績が分かる資料';
const TRAINING = '社内通知文書や、当日の研修の内容及び様子がわかる資料';
const EVENT = 'イベントの案内文や当日の様子が分かる資料';
const SHARE_SHEET = '福山市「仕事と介護・育児の両立支援チェックシート」の集計シートを福山市に共有';

function item(itemNo: string, text: string, evidence = EVIDENCE_NOT_IN_SEED): ChecklistItem {
  return { itemNo, text, evidence };
}

/**
 * The self-declared items of the Fukuyama WLB certification (Q&A 2026年度版), in item order.
 * Example: `FUKUYAMA_CHECKLIST.find((i) => i.itemNo === '58')?.text === '勤務間インターバル制度を設けている'`.
 */
export const FUKUYAMA_CHECKLIST: ChecklistItem[] = [
  item(
    '3',
    '3歳から小学校就学前の子を養育する従業員に関し、次の①～⑤の内3つ以上の措置を選択できるように就業規則等に規定している（①始業時刻等の変更 ②テレワーク等（10日以上/月） ③保育施設の設置運営等 ④養育両立支援休暇の付与（10日以上/年） ⑤短時間勤務制度）',
    '就業規則等（明文化されている場合に限る）',
  ),
  item('4', '子の看護等休暇について有給休暇扱いとしている'),
  item(
    '5',
    '就業しつつ子を養育することを容易にするための休暇（養育両立支援休暇）又は育児に関する目的のために利用できる休暇（育児目的休暇）を定めている場合、有給休暇扱いとしている',
  ),
  item('8', '育児休業中に公的保険から支給される給付金以外の経済的な支援制度がある', RULES_OR_RECORD),
  item(
    '12',
    '管理職に対して、子育てに関する制度を利用しやすい職場づくりのための意識啓発（研修等）を行っている',
    TRAINING,
  ),
  item('13', '従業員に対して、子育てと仕事の両立を支援するような研修等を行っている', TRAINING),
  item('14', '子育て支援に関する手当を支給している（保育手当、学童保育手当、病児保育手当等）', RULES_OR_RECORD),
  item(
    '15',
    '子育て中の従業員を対象とした夜勤免除、夜勤回数の調整について便宜を図っている',
    '制度化していれば就業規則等。制度化していない場合は免除や調整を行った実績が分かる資料又は社内通知文書等',
  ),
  item(
    '16',
    '子育て中の従業員を対象とした配置転換制度や、長期の在宅勤務について便宜を図っている',
    '就業規則等（該当条文が分かるように）',
  ),
  item(
    '18',
    '福山市の「仕事と介護・育児の両立支援チェックシート」を実施し、集計結果を福山市に共有している',
    SHARE_SHEET,
  ),
  item('25', '子ども・子育てに関する地域貢献活動の実施', EVENT),
  item('26', '子どもや子育て中の家族を対象としたイベント・講座の開催', EVENT),
  item('33', '法が規定する男性従業員における育児休業及び産後パパ育休とは別に、独自の休業制度がある'),
  item('34', '女性活躍を推進するための制度がある'),
  item(
    '36',
    'セクシュアル・ハラスメント等（妊娠・出産、育児・介護、その他性差に関するハラスメントを含む）に関する従業員研修を実施している',
  ),
  item('39', '男性の育児・介護休業の取得を促進している', '社内通知文書等'),
  item('40', '女性の研修参加や資格取得を奨励している', TRAINING),
  item('41', '男女の役割分担意識解消のための意識啓発研修を実施している'),
  item(
    '44',
    '今まで女性がいなかった又は女性が少ない職場に積極的に女性を配置している',
    '直近3年間に女性従業員の占める割合が上がった部署の人員配置の推移と、女性従業員が少ない又は配置できなかった理由が分かる資料',
  ),
  item('54', '介護を行う従業員を対象とした在宅勤務制度を設けている'),
  item(
    '55',
    '従業員に関し、次の①～④の内2つ以上の措置を講じ、就業規則等に規定している（①介護休業・介護両立支援制度等に関する研修の実施 ②相談体制の整備（相談窓口設置） ③介護休業取得・介護両立支援制度等の利用の事例の収集・提供 ④利用促進に関する方針の周知）',
    '就業規則等（2つ以上の措置を規定し、従業員に提示していること）',
  ),
  item('56', '介護休業を有給休暇扱いとしている'),
  item(
    '57',
    '従業員の健康維持（定期健康診断、病気の治療のための通院 等）のための休暇（健康管理休暇）を定めている場合、有給扱いとしている',
  ),
  item('58', '勤務間インターバル制度を設けている', '制度が分かる就業規則等'),
  item('59', '外部専門家を介護休業・介護両立支援制度等に関する相談窓口を設定している'),
  item(
    '65',
    '職場のコミュニケーション円滑化のための取組（交流を目的としたレクリエーション、社内運動会、職場旅行 親睦会 等）を行っている',
    EVENT,
  ),
  item('66', '従業員の働きやすさ向上のため、職場の環境を整備している'),
  item('68', '年次有給休暇について、原則、事前申請時に取得理由の記載が不要である事を周知している（当日の申請を除く）'),
  item(
    '69',
    '福山市の「仕事と介護・育児の両立支援チェックシート」を実施し、集計結果を福山市に共有している',
    SHARE_SHEET,
  ),
];

const TITLE_LENGTH = 40;

/**
 * Metadata of the criterion `checklist.<itemNo>`; an item without text says so.
 * Example: `getChecklistMeta('58', '勤務間インターバル制度を設けている').title === '項目58 勤務間インターバル制度を設けている'`.
 */
export function getChecklistMeta(itemNo: string, text: string | undefined): CriterionMeta {
  const body = text && text.trim() ? text.trim() : TEXT_NOT_IN_SEED;
  const short = body.length > TITLE_LENGTH ? `${body.slice(0, TITLE_LENGTH)}…` : body;
  return {
    id: `checklist.${itemNo}`,
    title: `項目${itemNo} ${short}`,
    titleEn: `Item ${itemNo} (self-declared)`,
    category: 'チェックリスト',
    categoryEn: 'Checklist',
    source: `ふくやまWLB認定 項目${itemNo}（自己申告）`,
    sourceEn: `Fukuyama WLB certification item ${itemNo} (self-declared)`,
    unit: null,
    legal: false,
  };
}

/**
 * Normalises an item number as users write it ("項目 1 4", "１４", "No.14" → "14").
 * Example: `normaliseItemNo('項目 1 4') === '14'`.
 */
export function normaliseItemNo(raw: string): string {
  return raw.normalize('NFKC').replace(/項目|No\.?|番号|[\s#]/gi, '');
}

/** Judges one item from its answer: ○ → pass, × → fail, unanswered → insufficient-data. */
function judgeItem(item: ChecklistItem, answer: ChecklistAnswer | undefined): CriterionResult {
  const meta = getChecklistMeta(item.itemNo, item.text);
  const status = answer?.answer === true ? 'pass' : answer?.answer === false ? 'fail' : 'insufficient-data';
  const gap =
    status === 'fail'
      ? msg('gap.checklist.no', { item: item.itemNo, evidence: item.evidence })
      : msg('gap.checklist.unanswered', { item: item.itemNo });
  return buildResult(meta, {
    status,
    value: answer?.answer === undefined ? null : answer.answer ? 1 : 0,
    threshold: null,
    gap,
    evidence: [
      {
        itemNo: item.itemNo,
        text: item.text,
        answer: answer?.answer ?? null,
        evidenceAsked: item.evidence,
        evidenceGiven: answer?.evidence ?? null,
      },
    ],
  });
}

/**
 * One criterion per checklist item: the Fukuyama items, then items the user added on the sheet.
 * Example: an answer `{ itemNo: '58', answer: true }` → `checklist.58` passes.
 */
export function evaluateChecklist(ctx: Pick<EvalContext, 'dataset'>): CriterionResult[] {
  const answers = new Map<string, ChecklistAnswer>();
  for (const a of ctx.dataset.checklist) answers.set(normaliseItemNo(a.itemNo), a);
  const known = new Set(FUKUYAMA_CHECKLIST.map((i) => i.itemNo));
  const added = [...answers.entries()]
    .filter(([no]) => no !== '' && !known.has(no))
    .map(([no, a]) =>
      item(no, a.text && a.text.trim() ? a.text : TEXT_NOT_IN_SEED, a.evidence ?? EVIDENCE_NOT_IN_SEED),
    );
  return [...FUKUYAMA_CHECKLIST, ...added].map((i) => judgeItem(i, answers.get(i.itemNo)));
}
