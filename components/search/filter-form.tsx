// Listing filters as a plain GET form: works without JavaScript, and the resulting
// address (/services?region=toronto) can be shared. Each option shows its count.
import { FilterSelect, type FilterSelectProps } from "./filter-select";

export function FilterForm({ action, legend, selects, apply, clear }: { action: string; legend: string; selects: FilterSelectProps[]; apply: string; clear: string }) {
  const active = selects.some((s) => s.value);
  return (
    <form method="get" action={action} className="no-print mt-4 rounded-lg border border-line bg-calm p-4">
      <fieldset className="min-w-0">
        <legend className="font-bold">{legend}</legend>
        <div className="mt-2 flex flex-wrap items-end gap-4">
          {selects.map((s) => (
            <FilterSelect key={s.name} {...s} />
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
