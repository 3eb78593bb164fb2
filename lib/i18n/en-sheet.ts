// Referral-sheet strings, kept beside the main catalogue so en.ts stays readable.
import { plural } from "./plural";

const entries = (n: number) => plural("en", n, { one: `${n} entry`, other: `${n} entries` });
const was = (n: number) => plural("en", n, { one: "was", other: "were" });

export const enSheet = {
  title: "Referral sheet",
  description: "A printable list of chosen services, with every way to reach them, to hand to someone or keep on paper.",
  intro: "Services chosen from this site, with every way to reach them.",
  privacyHeading: "Nothing about this sheet is saved",
  privacy:
    "This site does not save your sheet: no cookies, no storage, no account. The chosen entries live only in this page's address. That address stays in your browser's history, like any page you open, so anyone who can use this browser can see which entries you chose.",
  print: "To keep it on paper, use your browser's Print command: the sheet prints without the menus, buttons and the Leave this site link.",
  empty: "No entries are on this sheet yet. Tick entries in a list or in search results, then choose “Make a sheet of the ticked entries”, or add an entry with the “Add an entry” form.",
  count: (n: number) => `${entries(n)} on this sheet`,
  notices: {
    heading: "Some of the address was left out",
    unknown: (n: number) => `${entries(n)} in the address ${was(n)} not found on this site and ${was(n)} left out.`,
    duplicates: (n: number) => `${entries(n)} ${was(n)} listed twice and ${plural("en", n, { one: "is", other: "are" })} shown once.`,
    overLimit: (n: number, max: number) => `A sheet holds up to ${max} entries: ${n} more ${was(n)} left out.`,
  },
  onSite: "On this site",
  made: "Sheet made on",
  qrLabel: "QR code of this sheet's address",
  qrCaption: "Scan to open this sheet on a phone.",
  edit: {
    legend: "Change this sheet",
    keepHint: "Untick an entry to take it off.",
    add: "Add an entry",
    choose: "Choose an entry",
    update: "Update the sheet",
  },
  tick: "Add to a referral sheet",
  tickName: (name: string) => `Add to a referral sheet: ${name}`,
  tickHint: "Tick the entries you want, then make a printable referral sheet of them. Nothing is saved: the choice lives only in the sheet's address.",
  makeTicked: "Make a sheet of the ticked entries",
  makeResults: "Make a sheet of these results",
  firstOf: (shown: number, total: number) => `(the first ${shown} of ${total})`,
  addThis: "Add to a referral sheet",
  addThisNote: "Start a printable sheet with this entry. You can add more entries there.",
  footerLink: "Make a referral sheet to print",
};
