"use client";
// Next requires error boundaries to be client components. This one renders inside the
// language's layout, so the quick exit, privacy notice and hotline bar stay on screen.
import { useParams } from "next/navigation";
import { ErrorPanel } from "@/components/layout/error-panel";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>();
  return <ErrorPanel reset={reset} lang={lang === "fr" ? "fr" : "en"} />;
}
