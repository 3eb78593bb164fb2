// The audit's budgets, one per figure. They are a report, not a gate: the audit marks
// each cell ok/over and still exits 0.
import type { Category, PageFigures } from "./lighthouse-run";
import { KB, kb, ms } from "./stats";

export type Figure = {
  key: string;
  label: string;
  budget: string; // as printed
  value: (f: PageFigures) => number;
  format: (v: number) => string;
  /** Undefined: reported without a budget. Compared at the precision printed, so a cell never reads "0.000 over". */
  within?: (v: number) => boolean;
};

const score = (id: Category, label: string): Figure => ({
  key: id,
  label: `Lighthouse ${label}`,
  budget: "100",
  value: (f) => f.scores[id],
  format: (v) => String(Math.round(v)),
  within: (v) => Math.round(v) >= 100,
});

export const BUDGETS = {
  lcpMs: 1500,
  tbtMs: 50,
  cls: 0,
  transferBytes: 150 * KB,
  requests: 12,
  jsOverEmptyNextBytes: 10 * KB,
  // Issue 10's targets, against the bare Next page measured in the same run.
  tbtOverBareMs: 150,
  lcpOverBareMs: 400,
  transferOverBareBytes: 20 * KB,
} as const;

const signedMs = (v: number) => `${v >= 0 ? "+" : ""}${Math.round(v)} ms`;
const signedKb = (v: number) => `${v >= 0 ? "+" : ""}${kb(v)}`;

/** The figures, each with its budget; `bare` is the bare Next page's median, measured in the same run. */
export function auditFigures(bare: PageFigures): Figure[] {
  const jsBudget = bare.jsBytes + BUDGETS.jsOverEmptyNextBytes;
  return [
    score("performance", "performance"),
    score("accessibility", "accessibility"),
    score("best-practices", "best practices"),
    score("seo", "SEO"),
    { key: "lcp", label: "LCP", budget: `≤ ${ms(BUDGETS.lcpMs)}`, value: (f) => f.lcpMs, format: ms, within: (v) => Math.round(v) <= BUDGETS.lcpMs },
    { key: "tbt", label: "TBT", budget: `≤ ${ms(BUDGETS.tbtMs)}`, value: (f) => f.tbtMs, format: ms, within: (v) => Math.round(v) <= BUDGETS.tbtMs },
    { key: "cls", label: "CLS", budget: "0", value: (f) => f.cls, format: (v) => v.toFixed(3), within: (v) => Number(v.toFixed(3)) <= BUDGETS.cls },
    { key: "transfer", label: "total transfer", budget: `≤ ${kb(BUDGETS.transferBytes, 0)}`, value: (f) => f.transferBytes, format: (v) => kb(v), within: (v) => v <= BUDGETS.transferBytes },
    { key: "requests", label: "requests", budget: `≤ ${BUDGETS.requests}`, value: (f) => f.requests, format: (v) => String(v), within: (v) => v <= BUDGETS.requests },
    { key: "js", label: "JS transferred", budget: `≤ ${kb(jsBudget)}`, value: (f) => f.jsBytes, format: (v) => kb(v), within: (v) => v <= jsBudget },
    { key: "html", label: "HTML transferred", budget: "-", value: (f) => f.htmlBytes, format: (v) => kb(v) },
    { key: "mainThread", label: "main-thread work", budget: "-", value: (f) => f.mainThreadMs, format: ms },
    { key: "tbtOverBare", label: "TBT vs bare page", budget: `≤ +${BUDGETS.tbtOverBareMs} ms`, value: (f) => f.tbtMs - bare.tbtMs, format: signedMs, within: (v) => Math.round(v) <= BUDGETS.tbtOverBareMs },
    { key: "lcpOverBare", label: "LCP vs bare page", budget: `≤ +${BUDGETS.lcpOverBareMs} ms`, value: (f) => f.lcpMs - bare.lcpMs, format: signedMs, within: (v) => Math.round(v) <= BUDGETS.lcpOverBareMs },
    { key: "transferOverBare", label: "bytes vs bare page", budget: `≤ +${kb(BUDGETS.transferOverBareBytes, 0)}`, value: (f) => f.transferBytes - bare.transferBytes, format: signedKb, within: (v) => v <= BUDGETS.transferOverBareBytes },
    { key: "mainThreadOverBare", label: "main-thread vs bare page", budget: "-", value: (f) => f.mainThreadMs - bare.mainThreadMs, format: signedMs },
  ];
}

/** "98 over", "1200 ms ok", or just the figure when it has no budget. */
export function cell(figure: Figure, value: number): string {
  const text = figure.format(value);
  if (!figure.within) return text;
  return `${text} ${figure.within(value) ? "ok" : "over"}`;
}
