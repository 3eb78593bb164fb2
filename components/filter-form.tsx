// Listing filters as a plain GET form: works without JavaScript, and the resulting
// address (/services?region=toronto) can be shared. Each option shows its count.
type Option = { value: string; label: string; count: number };
type Select = { name: string; label: string; anyLabel: string; value?: string; options: Option[] };

export function FilterForm({ action, legend, selects, apply, clear }: { action: string; legend: string; selects: Select[]; apply: string; clear: string }) {
  const active = selects.some((s) => s.value);
  return (
    <form method="get" action={action} className="no-print mt-4 rounded-lg border border-line bg-calm p-4">
      <fieldset className="min-w-0">
        <legend className="font-bold">{legend}</legend>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          {selects.map((s) => (
            <p key={s.name} className="flex min-w-0 flex-col">
              <label htmlFor={`filter-${s.name}`} className="text-sm font-semibold">
                {s.label}
              </label>
              <select id={`filter-${s.name}`} name={s.name} defaultValue={s.value ?? ""} className="min-h-11 max-w-full rounded-md border-2 border-ink bg-surface px-2 text-ink">
                <option value="">{s.anyLabel}</option>
                {s.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label} ({o.count})
                  </option>
                ))}
              </select>
            </p>
          ))}
          <button type="submit" className="button-primary">
            {apply}
          </button>
          {active ? (
            <a className="inline-flex min-h-11 items-center" href={action}>
              {clear}
            </a>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
