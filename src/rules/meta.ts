/**
 * Labels and sources of every criterion (criteria.md), shown to the user as 区分 / 項目 / 根拠.
 * Thresholds are not here: they are profile data (./profiles.ts).
 */
import type { Unit } from './types';
import type { CriterionMeta } from './result';
import { getChecklistMeta, FUKUYAMA_CHECKLIST } from './checklist';

type Category = [ja: string, en: string];
const HOURS: Category = ['労働時間', 'Working hours'];
const LAW36: Category = ['36協定', 'Article 36 agreement'];
const LEAVE: Category = ['年次有給休暇', 'Annual paid leave'];
const CARE: Category = ['育児・介護', 'Childcare and family care'];
const RESIGN: Category = ['退職', 'Resignations'];
const REST: Category = ['休息・深夜', 'Rest and night work'];
const WOMEN: Category = ['女性活躍', "Women's participation"];
const HEALTH: Category = ['健康管理', 'Health'];

const GUIDELINE = '労働時間等見直しガイドライン（労働時間等設定改善指針）';
const PUBLIC_SECTOR = '国家公務員・地方公務員の女性活躍とWLB推進の取組指針 成果目標';

function define(
  id: string,
  title: string,
  titleEn: string,
  [category, categoryEn]: Category,
  source: string,
  unit: Unit,
): CriterionMeta {
  return { id, title, titleEn, category, categoryEn, source, unit };
}

const DATA_CRITERIA: CriterionMeta[] = [
  define(
    'hours.avg-overtime-under-45',
    '月平均の時間外・休日労働が各月45時間未満',
    'Mean overtime + holiday work under 45 h every month',
    HOURS,
    'ふくやまWLB認定 項目73 / トライくるみん / えるぼし（労働時間）',
    'hours',
  ),
  define(
    'hours.avg-overtime-under-45-by-category',
    '雇用管理区分ごとの月平均の時間外・休日労働が各月45時間未満',
    'Mean overtime + holiday work under 45 h per employment category',
    HOURS,
    'えるぼし（雇用管理区分ごと）',
    'hours',
  ),
  define(
    'hours.fulltime-avg-overtime-under-30',
    'フルタイム労働者の月平均の時間外・休日労働が各月30時間未満',
    'Full-time mean overtime + holiday work under 30 h',
    HOURS,
    'くるみん / プラチナくるみん（2025年4月改正）',
    'hours',
  ),
  define(
    'hours.fulltime-25to39-avg-overtime-under-45',
    '25〜39歳のフルタイム労働者の月平均の時間外・休日労働が各月45時間未満',
    'Full-time aged 25–39 mean overtime + holiday work under 45 h',
    HOURS,
    'くるみん / プラチナくるみん（2025年4月改正）',
    'hours',
  ),
  define(
    'hours.fulltime-avg-overtime-under-45',
    'フルタイム労働者の月平均の時間外・休日労働が各月45時間未満',
    'Full-time mean overtime + holiday work under 45 h',
    HOURS,
    'トライくるみん（2025年4月〜も45時間）/ 次世代法の状況把握',
    'hours',
  ),
  define(
    'hours.kurumin-overtime',
    'くるみんの労働時間基準（フルタイム30時間未満 又は 25〜39歳45時間未満、かつ 月平均60時間以上の者がいない）',
    'Kurumin overtime criterion (either alternative, and nobody averaging 60 h)',
    HOURS,
    'くるみん / プラチナくるみん（2025年4月改正: 前2つはいずれか、60時間の基準は存続）',
    null,
  ),
  define(
    'hours.no-over-60-average',
    '月平均の法定時間外労働が60時間以上の労働者がいない',
    'Nobody averaging 60 h or more of statutory overtime a month',
    HOURS,
    'くるみん / プラチナくるみん / トライくるみん（月平均の法定時間外労働60時間以上の労働者がいないこと）',
    'hours',
  ),
  define(
    'hours.weekly-60-share',
    '週労働時間60時間以上の労働者の割合',
    'Share working 60 h a week or more',
    HOURS,
    `${GUIDELINE} 別表⑤`,
    'rate',
  ),
  define(
    'law36.month-over-45',
    '月45時間を超える時間外労働（特別条項が必要）',
    'Overtime over 45 h in a month',
    LAW36,
    `${GUIDELINE} 二（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.months-over-45-more-than-6',
    '月45時間超が対象期間に6か月を超える',
    'More than 6 months over 45 h in an agreement year',
    LAW36,
    `${GUIDELINE} 二③（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.year-over-360',
    '対象期間の時間外労働が360時間超',
    'Overtime over 360 h in an agreement year',
    LAW36,
    `${GUIDELINE} 二（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.year-over-720',
    '対象期間の時間外労働が720時間超',
    'Overtime over 720 h in an agreement year',
    LAW36,
    `${GUIDELINE} 二（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.month-100-or-more',
    '時間外・休日労働が単月100時間以上',
    'Overtime + holiday work of 100 h or more in a month',
    LAW36,
    `${GUIDELINE} 二②（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.avg-over-80',
    '時間外・休日労働の2〜6か月平均が80時間超',
    'Overtime + holiday work averaging over 80 h over 2–6 months',
    LAW36,
    `${GUIDELINE} 二①（労働基準法36条）`,
    'count',
  ),
  define(
    'law36.approaching',
    '月45時間に近づいている（直近月）',
    'Approaching the 45 h monthly limit',
    LAW36,
    '勤怠システムの一般的な警告（月45時間の8割）',
    'count',
  ),
  define(
    'law36.compliance',
    '36協定の上限規制の違反がない',
    'No Article 36 violation',
    LAW36,
    `${GUIDELINE} 二（労働基準法36条）`,
    'count',
  ),
  define(
    'health.over-80-notify',
    '週40時間を超える労働が月80時間超の社員への通知（医師の面接指導の申出）',
    'Notice to staff over 80 h beyond 40 a week in a month',
    HEALTH,
    '労働安全衛生法66条の8・66条の8の3、安衛則52条の2・52条の3',
    'count',
  ),
  define(
    'leave.five-day-obligation',
    '年次有給休暇の年5日取得義務',
    'Five days of annual leave per grant',
    LEAVE,
    `${GUIDELINE} ハ(ロ)②（労働基準法39条7項）`,
    'count',
  ),
  define('leave.takeup-rate', '年次有給休暇の取得率', 'Annual leave take-up rate', LEAVE, `${GUIDELINE} 別表⑥`, 'rate'),
  define(
    'childcare.female-rate-3y',
    '過去3年間の女性の育児休業取得率',
    "Women's childcare-leave rate over 3 years",
    CARE,
    'ふくやまWLB認定 項目22',
    'rate',
  ),
  define(
    'childcare.female-rate',
    '計画期間の女性の育児休業等取得率',
    "Women's childcare-leave rate in the plan period",
    CARE,
    'くるみん',
    'rate',
  ),
  define(
    'childcare.female-fixed-term-rate',
    '有期雇用の女性の育児休業等取得率',
    "Fixed-term women's childcare-leave rate",
    CARE,
    'くるみん（2025年4月改正）',
    'rate',
  ),
  define(
    'childcare.male-rate',
    '男性の育児休業等取得率',
    "Men's childcare-leave rate",
    CARE,
    'くるみん / 公務員の取組指針（成果目標13%）/ ' + `${GUIDELINE} 別表⑬`,
    'rate',
  ),
  define(
    'childcare.male-rate-with-purpose-leave',
    '男性の育児休業等・育児目的休暇の取得率',
    "Men's childcare-leave or childcare-purpose-leave rate",
    CARE,
    'くるみん（2025年4月改正）',
    'rate',
  ),
  define(
    'resignation.childbirth-none-3y',
    '過去3年間に妊娠・出産・育児を理由に退職した女性がいない（又は再雇用の実績）',
    'No woman left for childbirth or childcare in 3 years (or rehired)',
    RESIGN,
    'ふくやまWLB認定 項目21',
    'count',
  ),
  define(
    'resignation.care-none-3y',
    '介護の制度の利用実績があり、過去3年間に介護を理由とした退職者がいない',
    'Care leave used and nobody left for family care in 3 years',
    RESIGN,
    'ふくやまWLB認定 項目77',
    'count',
  ),
  define(
    'interval.rest-under-11h',
    '勤務間インターバル（終業から次の始業までの休息時間）',
    'Rest between working days',
    REST,
    `${GUIDELINE} ト(ロ)`,
    'hours',
  ),
  define(
    'latenight.monthly-count',
    '深夜業の回数（1か月あたり）',
    'Late-night days per month',
    REST,
    `${GUIDELINE} ト(イ)`,
    'days',
  ),
  define(
    'women.manager-share',
    '役職段階別の女性の割合（係長・課長補佐・課長・部長）',
    "Women's share by management level",
    WOMEN,
    `${PUBLIC_SECTOR}（通し番号101）`,
    'rate',
  ),
  define('women.hire-share', '採用者に占める女性の割合', "Women's share of hires", WOMEN, PUBLIC_SECTOR, 'rate'),
];

/**
 * Every criterion's metadata by id, including one `checklist.<itemNo>` per Fukuyama checklist item.
 * Example: `CRITERIA['leave.takeup-rate'].category === '年次有給休暇'`.
 */
export const CRITERIA: Record<string, CriterionMeta> = Object.fromEntries([
  ...DATA_CRITERIA.map((m) => [m.id, m] as const),
  ...FUKUYAMA_CHECKLIST.map((item) => [`checklist.${item.itemNo}`, getChecklistMeta(item.itemNo, item.text)] as const),
]);

/** Metadata of a criterion; throws only on a programming error (an id missing from the catalogue). */
export function getMeta(id: string): CriterionMeta {
  const meta = CRITERIA[id];
  if (!meta) throw new Error(`unknown criterion ${id}`);
  return meta;
}
