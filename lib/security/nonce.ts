// The one place a page reads this request's CSP nonce (proxy.ts puts it in `x-nonce`).
// Next stamps its own scripts from the CSP header; our inline script asks here. If pages
// become static with hashed scripts, only this function has to change.
import "server-only";
import { headers } from "next/headers";

export async function scriptNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}
