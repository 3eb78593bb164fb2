"use client";
// A small enhancement: the buttons only appear once JavaScript runs, so nobody without
// it sees a control that does nothing. No storage, no network: clipboard and share only.
import { useEffect, useState } from "react";

type Labels = { copy: string; copied: string; share: string };

export function CopyLink({ path, title, labels }: { path: string; title: string; labels: Labels }) {
  const [ready, setReady] = useState<{ url: string; canShare: boolean } | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const url = new URL(path, window.location.origin).href;
    setReady({ url, canShare: typeof navigator.share === "function" });
  }, [path]);

  if (!ready) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(ready.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="mt-3 flex flex-wrap items-center gap-3">
      <button type="button" className="button-secondary" onClick={copy}>
        {labels.copy}
      </button>
      {ready.canShare ? (
        <button type="button" className="button-secondary" onClick={() => navigator.share({ title, url: ready.url }).catch(() => {})}>
          {labels.share}
        </button>
      ) : null}
      <span role="status" className="text-sm">
        {copied ? labels.copied : ""}
      </span>
    </p>
  );
}
