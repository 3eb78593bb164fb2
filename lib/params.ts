// Reading query parameters defensively: a hostile or repeated parameter gives a normal
// page, never a 500. Unknown values are ignored rather than echoed into filters.
export type RawParams = Record<string, string | string[] | undefined>;

export function firstParam(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function oneOfParam<T extends string>(params: RawParams, key: string, allowed: readonly T[]): T | undefined {
  const value = firstParam(params, key);
  return allowed.find((a) => a === value);
}
