import type { Lang } from './locale';

/** What the host layer knows and the report does not: when it ran, and how the profile is called. */
export interface ReportMeta {
  /** ISO instant (`Date.toISOString()`), supplied by the host; printed in Japan time (the report never reads the clock). */
  generatedAt: string;
  profileLabel: string;
  /** First month (1–12) of the 36協定 agreement year, for the yearly totals; default 4 (April). */
  agreementStartMonth?: number;
  /** The company's name (`--company`, the pane's 設定); absent: the host writes the workbook's Company property. */
  companyName?: string;
  /** Language of the report's texts (`wlb-check --lang en`, the pane's language); default Japanese. */
  lang?: Lang;
}
