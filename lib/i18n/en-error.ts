// Error-page strings live in their own small module because error boundaries must be
// client components: importing the whole catalogue would ship it all as JavaScript.
export const enError = {
  title: "Something went wrong",
  text: "This page could not be shown. Try again, or go to the home page.",
  retry: "Try again",
  home: "Home page",
  danger: "In danger now?",
  call911: "Call 911",
  hotline: "Canadian Human Trafficking Hotline, 24/7:",
  exit: "Leave this site",
  exitName: "Leave this site: emergency exit to a weather website",
  privacyLabel: "Privacy",
  privacy: "This site sets no cookies and keeps no record of you. Your browser may still keep this site in its history and cache.",
};
