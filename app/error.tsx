"use client";
// Next requires error boundaries to be client components. This one renders inside the
// root layout, so the quick exit, privacy notice and hotline bar stay on screen.
import { ErrorPanel } from "@/components/error-panel";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
