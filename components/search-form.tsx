// A plain GET form: works with JavaScript off and leaves a shareable /search?q= address.
import { getMessages } from "@/lib/i18n";

export function SearchForm({ query = "", id = "site-search", large = false }: { query?: string; id?: string; large?: boolean }) {
  const t = getMessages().search;
  return (
    <form role="search" action="/search" method="get" className="flex w-full max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={t.placeholder}
        className={`min-h-11 w-full min-w-0 rounded-md border-2 border-ink bg-surface px-3 text-ink ${large ? "text-lg" : "text-base"}`}
      />
      <button type="submit" className="button-primary">
        {t.button}
      </button>
    </form>
  );
}
