// The one door to interface strings. Today English only; a locale parameter is where
// French will plug in.
import { en, type Messages } from "./en";

export function getMessages(): Messages {
  return en;
}
