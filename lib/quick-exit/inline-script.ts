// The quick exit's behaviour, as a tiny dependency-free script that goes inline in the
// document <head>. It must not wait for React or any bundle: it runs while the HTML is
// parsed, so it is listening (by delegation on `document`) before the exit is painted.
// GOV.UK's "Exit this page" (alphagov/govuk-frontend) is the model for the Shift rules.
//
// What it does:
// - a click on any `a[data-quick-exit]` hides the page at once (class and inline style,
//   so it does not even wait for the stylesheet), blanks the title and leaves with
//   location.replace, so the page left is not in Back history;
// - Shift pressed on its own 3 times, each press within 5 s of the last, does the same.
//   The 5 s are measured between the key events' own times (event.timeStamp), not by a
//   timer: on a slow phone the page may be busy for seconds (loading its bundles) while
//   presses wait in the queue, and a timer that ran first would have cancelled them. The
//   timer only says, after 5 s of no press, that the count has been cancelled.
//   Any other key going down (before, during or between presses) starts the count again,
//   so typing capitals or shortcuts never leaves; so does any text input, whatever the
//   keyboard sends;
// - a Shift with no physical key position (`code` "" or "Unidentified") is ignored: that
//   is how on-screen keyboards report their Shift and their 123/ABC layer keys, which a
//   person taps while typing (alphagov/govuk-frontend#4095). The link is one tap away on
//   a touch screen; the shortcut is for hardware keyboards;
// - if a page that was left comes back from the back/forward cache (Firefox and Safari
//   restore pages Chromium would reload, even `no-store` ones), it leaves again at once.
//   The "left" flag lives in this closure: nothing is written to storage;
// - a live region rendered by the server (`#quick-exit-status`) counts down for screen
//   reader users. Its words come from the message catalogue, never from this file.
//
// The source below is kept readable; each line is self-contained (ends with `;` or `{`)
// so joining the lines gives the compact script that is sent.

export const QUICK_EXIT_STATUS_ID = "quick-exit-status";

/** What the script says, in the page's language. `left[n]`: n presses left. */
export type QuickExitWords = { left: Record<1 | 2, string>; leaving: string; reset: string };

const SOURCE = String.raw`
(function(d,u,m){
var h=d.documentElement,n=0,k=0,l=0,t,out;
function on(x,f){d.addEventListener(x,f,true);}
function say(s){var e=d.getElementById("${QUICK_EXIT_STATUS_ID}");if(e)e.textContent=s;}
function go(){location.replace(out);}
function leave(href){out=href;h.classList.add("quick-exiting");h.style.visibility="hidden";d.title="\u200b";go();}
function reset(){n=k=0;clearTimeout(t);}
on("click",function(e){
var a=e.target.closest&&e.target.closest("a[data-quick-exit]");
if(a&&!e.button){e.preventDefault();leave(a.href);}
});
on("keydown",function(e){
if(e.key!="Shift")reset();
else if(!e.repeat&&e.code!=""&&e.code!="Unidentified")k=1;
});
on("keyup",function(e){
if(e.key!="Shift"||!k)return;
k=0;clearTimeout(t);
if(e.timeStamp-l>5e3)n=0;
l=e.timeStamp;
if(++n>2){say(m.leaving);leave(u);}
else{say(m.left[3-n]);t=setTimeout(say,5e3,m.reset);}
});
on("input",function(){reset();});
addEventListener("pageshow",function(e){if(e.persisted){if(out)go();else{reset();say("");}}});
})(document,URL,WORDS);`;

const CODE = SOURCE.split("\n").map((line) => line.trim()).join("");

// JSON is valid JavaScript; escaping "<" keeps "</script>" in a message from ending the tag.
const literal = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The script's text, with the exit address and the words for this page filled in. */
export function quickExitScript(url: string, words: QuickExitWords): string {
  // Replacer functions: a "$&" in a message must stay as written.
  return CODE.replace("URL", () => literal(url)).replace("WORDS", () => literal(words));
}
