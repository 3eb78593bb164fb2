// The accessibility statement. It says only what the test suite really does
// (tests/e2e/*.spec.ts): when a test is added or dropped, change this text with it.
export type StatementSection = { id: string; heading: string; paragraphs?: string[]; items?: string[] };

export const enAccessibility = {
  title: "Accessibility",
  description: "The standard this site follows (WCAG 2.2 AA), how it is tested, what still falls short, and how it works with JavaScript off.",
  written: "This statement was last reviewed on",
  writtenDate: "2026-11-30",
  sections: [
    {
      id: "standard",
      heading: "The standard we follow",
      paragraphs: [
        "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.",
        "Ontario's Accessibility for Ontarians with Disabilities Act (AODA) requires public websites of the Government of Ontario, of public sector organizations and of organizations with 50 or more employees in Ontario to meet WCAG 2.0 level AA. WCAG 2.2 level AA includes every requirement of 2.0 level AA, and adds more.",
      ],
    },
    {
      id: "tests",
      heading: "What we test, and how",
      paragraphs: ["These checks are automated tests in the site's test suite. They run in the Chromium browser. The checks that depend on the screen (axe, layout, printing) run at a phone size and at a desktop size; the others at a phone size:"],
      items: [
        "Every page that can be reached by links from the home page, in English and in French, is checked for the basics: it opens, it has the Leave this site link, the privacy notice and the hotline, and it says which language it is in.",
        "axe, an automated accessibility checker, checks one page of each kind (in English, and in French on a phone-sized screen) and every entry that is laid out differently, such as an entry we could not confirm or one whose location is confidential, against the WCAG 2.0, 2.1 and 2.2 rules for levels A and AA, with JavaScript on and off. A referral sheet with entries on it is checked too.",
        "Every page reachable from the home page is checked with the W3C HTML checker (vnu): broken HTML is what screen readers and older phone browsers trip on first.",
        "Keyboard: the skip link and the Leave this site link are the first two stops when you press Tab; pressing Shift three times leaves the site; entries can be ticked and a referral sheet made with the keyboard alone.",
        "Small screens and zoom: one page of each main type (home, a list, an entry, a CARE Unit, search results, an information page) must not scroll sideways at 320 CSS pixels wide or at 200% zoom, and the Leave this site link must stay on screen there. The referral sheet and this page are checked at 320 CSS pixels.",
        "Touch targets: buttons, form fields, checkboxes and call links on those pages are at least 44 by 44 CSS pixels.",
        "Forced colours (Windows high contrast): the Leave this site link stays visible as a distinct button.",
        "Dark mode: colour contrast is checked with axe on the same sample of pages.",
        "Reduced motion: when your device asks for less motion, no animation or transition runs.",
        "Printing: an entry, a list and a referral sheet print with every phone number written out in full, and without the Leave this site link.",
      ],
    },
    {
      id: "gaps",
      heading: "Known gaps",
      items: [
        "axe checks a sample of pages, not every page: pages of one kind are built from the same template, so one page of each kind stands for the others.",
        "Browsers: the automated checks run in Chromium. Only the Leave this site link is also tested in Firefox and in WebKitGTK, the engine family Safari belongs to; nothing is tested in Safari itself.",
        "Screen readers: the site has not yet been tested with a screen reader such as NVDA, JAWS, VoiceOver or TalkBack.",
        "Keyboard: only the steps listed in this statement are tested automatically, not every path through every page.",
        "Forced colours: only the Leave this site link is checked automatically.",
        "Automated checkers find only some accessibility problems. Others need a person to judge, such as whether a text is clear.",
        "Other websites: the official pages, chat services and websites we link to are run by others. We cannot vouch for their accessibility or their privacy.",
        "The QR code on a referral sheet is a picture. The entries on the sheet are written out in words, and on screen the sheet's address can be copied as text.",
        "There is not yet a way to tell us about an accessibility problem through this site.",
      ],
    },
    {
      id: "no-javascript",
      heading: "With JavaScript off",
      paragraphs: [
        "Everything on this site works with JavaScript turned off: every page is made on the server. The Leave this site link is a plain link. Search, the filters and the referral sheet are plain forms, and each result has its own address that can be shared.",
        "With JavaScript on, a few things are added: the Leave this site link also hides the page at once, answers to Shift pressed three times, and replaces the page in your history; entry pages and referral sheets get a button to copy their address, and a Share button where the browser offers one.",
      ],
    },
  ] satisfies StatementSection[],
};
