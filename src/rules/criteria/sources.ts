/** Names of the sources several criteria cite (根拠), in Japanese and as their English publications give them. */

/** 労働時間等見直しガイドライン (the guideline on working-time arrangements). */
export const GUIDELINE = {
  ja: '労働時間等見直しガイドライン（労働時間等設定改善指針）',
  en: 'Guidelines for Improving the Establishment of Working Hours',
} as const;

/** The public-sector outcome targets for women's participation and work-life balance. */
export const PUBLIC_SECTOR = {
  ja: '国家公務員・地方公務員の女性活躍とWLB推進の取組指針 成果目標',
  en: 'Guidelines for promoting women and work-life balance in the national and local public service, outcome targets',
} as const;

/** くるみん as revised in April 2025, in English. */
export const KURUMIN_2025_EN = 'Kurumin (revised April 2025)';

/** くるみん / プラチナくるみん as revised in April 2025. */
export const KURUMIN_PLATINUM_2025 = {
  ja: 'くるみん / プラチナくるみん（2025年4月改正）',
  en: 'Kurumin / Platinum Kurumin (revised April 2025)',
} as const;
