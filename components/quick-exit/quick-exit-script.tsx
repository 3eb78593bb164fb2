// The quick exit's behaviour, inline in <head> so it listens before the exit link is
// painted, without waiting for React (see lib/quick-exit/inline-script.ts). Its words
// come from the message catalogue, so a French page gets French announcements.
// No nonce: its text is the same on every page, so the build's CSP manifest lists its
// hash (lib/security/csp-manifest.ts), and reading the request would make pages dynamic.
import { getMessages } from "@/lib/i18n";
import { quickExitScript } from "@/lib/quick-exit/inline-script";
import { QUICK_EXIT_URL } from "@/lib/site";

export function QuickExitScript() {
  const t = getMessages().exit;
  const words = { left: { 1: t.pressesLeft(1), 2: t.pressesLeft(2) }, leaving: t.leaving, reset: t.reset };
  return <script dangerouslySetInnerHTML={{ __html: quickExitScript(QUICK_EXIT_URL, words) }} />;
}
