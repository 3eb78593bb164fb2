// One filter as a labelled <select> whose options show how many results each gives.
// Used by the listing filters and the search filters alike.
export type FilterOption = { value: string; label: string; count: number };
export type FilterSelectProps = { name: string; label: string; anyLabel: string; value?: string; options: FilterOption[] };

export function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <p className="flex min-w-0 flex-col">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="min-h-11 max-w-full rounded-md border-2 border-ink bg-surface px-2 text-ink">
        <option value="">{anyLabel}</option>
        {/* An option that gives nothing is hidden, unless it is the one chosen. */}
        {options
          .filter((o) => o.count > 0 || o.value === value)
          .map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({o.count})
            </option>
          ))}
      </select>
    </p>
  );
}
