// A plain GET form: works with JavaScript off and leaves a shareable /search?q= address.
import { getMessages, href } from "@/lib/i18n";

type Props = { query?: string; id?: string; large?: boolean; label?: string; visibleLabel?: boolean; placeholder?: string };

/** The site search; with a visible label it doubles as "find help near you" (a place name is enough). */
export function SearchForm({ query = "", id = "site-search", large = false, label, visibleLabel = false, placeholder }: Props) {
  const t = getMessages().search;
  return (
    <form role="search" action={href("/search")} method="get" className="w-full max-w-xl">
      <label htmlFor={id} className={visibleLabel ? "mb-1 block font-semibold" : "sr-only"}>
        {label ?? t.label}
      </label>
      <div className="flex w-full gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={placeholder ?? t.placeholder}
          className={`min-h-11 w-full min-w-0 rounded-md border-2 border-ink bg-surface px-3 text-ink ${large ? "text-lg" : "text-base"}`}
        />
        <button type="submit" className="button-primary">
          {t.button}
        </button>
      </div>
    </form>
  );
}
