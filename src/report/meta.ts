import type { ReportLocale } from './words';

/** What the host layer knows and the report does not: when it ran, and how the profile is called. */
export interface ReportMeta {
  /** ISO date-time, supplied by the host layer (the report layer never reads the clock). */
  generatedAt: string;
  profileLabel: string;
  /** First month (1–12) of the 36協定 agreement year, for the yearly totals; default 4 (April). */
  agreementStartMonth?: number;
  /** Company name for the printed page header (a `companyName` parameter); absent: the workbook's own property. */
  companyName?: string;
  /** Same as `lang` (the report layer's first name for it); `lang` wins when both are set. */
  locale?: ReportLocale;
  /** Language of the report's texts (`wlb-check --lang en`, the pane's locale); default Japanese. */
  lang?: 'ja' | 'en';
}
