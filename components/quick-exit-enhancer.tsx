"use client";
// Adds to the plain quick-exit links (GOV.UK "Exit this page" pattern, alphagov/govuk-frontend):
// on click, or Shift pressed 3 times (each press within 5 s of the last, Shift used for
// typing does not count), the page is blanked at once and the tab leaves with
// location.replace so this page is not left in Back history. A live region tells screen
// reader users how many presses are left. Renders nothing visible.

import { useEffect, useRef, useState } from "react";
const PRESSES = 3;
const WINDOW_MS = 5000;

function leave(url: string) {
  document.documentElement.classList.add("quick-exiting"); // CSS hides everything
  document.title = "\u200b"; // the tab title would still name this site
  window.location.replace(url);
}

// Strings come from the server as props, so the message catalogue is not shipped as JS.
export type QuickExitMessages = { pressesLeft: Record<number, string>; leaving: string; reset: string };

export function QuickExitEnhancer({ url, messages: t }: { url: string; messages: QuickExitMessages }) {
  const [status, setStatus] = useState("");
  const presses = useRef(0);
  const shiftClean = useRef(false); // true while Shift is down and nothing else was pressed
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const reset = (announce: boolean) => {
      if (announce && presses.current > 0) setStatus(t.reset);
      presses.current = 0;
      window.clearTimeout(timer.current);
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-quick-exit]");
      if (!link || event.defaultPrevented || event.button !== 0) return;
      event.preventDefault();
      leave(url);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Shift" && !event.repeat) {
        shiftClean.current = true;
        return;
      }
      if (event.key !== "Shift") {
        // Typing a capital letter or a shortcut: not a quick-exit press.
        shiftClean.current = false;
        reset(false);
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== "Shift" || !shiftClean.current) return;
      shiftClean.current = false;
      presses.current += 1;
      window.clearTimeout(timer.current);
      if (presses.current >= PRESSES) {
        setStatus(t.leaving);
        leave(url);
        return;
      }
      setStatus(t.pressesLeft[PRESSES - presses.current]);
      timer.current = window.setTimeout(() => reset(true), WINDOW_MS);
    };
    // Coming Back through the back/forward cache must never show this page again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && document.documentElement.classList.contains("quick-exiting")) window.location.replace(url);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("keyup", onKeyUp, true);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("keyup", onKeyUp, true);
      window.removeEventListener("pageshow", onPageShow);
      window.clearTimeout(timer.current);
    };
  }, [url, t]);

  return (
    <p role="status" aria-live="polite" className="sr-only">
      {status}
    </p>
  );
}
