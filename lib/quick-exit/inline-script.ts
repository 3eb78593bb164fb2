// The quick exit's behaviour, as a tiny dependency-free script that goes inline in the
// document <head>. It must not wait for React or any bundle: it runs while the HTML is
// parsed, so it is listening (by delegation on `document`) before the exit is painted.
// GOV.UK's "Exit this page" (alphagov/govuk-frontend) is the model for the Shift rules.
//
// What it does:
// - a click on any `a[data-quick-exit]` hides the page at once (class and inline style,
//   so it does not even wait for the stylesheet), blanks the title and keeps it blank
//   (React or Next may set it again while the neutral site loads, and a tab switcher
//   would show it), and leaves with location.replace, so the page left is not in Back
//   history;
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
(function(doc,exitUrl,words){
var html=doc.documentElement,presses=0,shiftDown=0,lastPress=0,timer,leavingTo,blank="\u200b";
function on(type,handler){doc.addEventListener(type,handler,true);}
function say(text){var status=doc.getElementById("${QUICK_EXIT_STATUS_ID}");if(status)status.textContent=text;}
function go(){location.replace(leavingTo);}
function untitle(){if(doc.title!=blank)doc.title=blank;}
function leave(href){leavingTo=href;html.classList.add("quick-exiting");html.style.visibility="hidden";untitle();new MutationObserver(untitle).observe(doc.head||html,{subtree:true,childList:true,characterData:true});go();}
function reset(){presses=shiftDown=0;clearTimeout(timer);}
on("click",function(e){
var link=e.target.closest&&e.target.closest("a[data-quick-exit]");
if(link&&!e.button){e.preventDefault();leave(link.href);}
});
on("keydown",function(e){
if(e.key!="Shift")reset();
else if(!e.repeat&&e.code!=""&&e.code!="Unidentified")shiftDown=1;
});
on("keyup",function(e){
if(e.key!="Shift"||!shiftDown)return;
shiftDown=0;clearTimeout(timer);
if(e.timeStamp-lastPress>5e3)presses=0;
lastPress=e.timeStamp;
if(++presses>2){say(words.leaving);leave(exitUrl);}
else{say(words.left[3-presses]);timer=setTimeout(say,5e3,words.reset);}
});
on("input",function(){reset();});
addEventListener("pageshow",function(e){if(e.persisted){if(leavingTo)go();else{reset();say("");}}});
})(document,URL,WORDS);`;

const CODE = SOURCE.split("\n").map((line) => line.trim()).join("");

// JSON is valid JavaScript; escaping "<" keeps "</script>" in a message from ending the tag.
const literal = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The script's text, with the exit address and the words for this page filled in. */
export function quickExitScript(url: string, words: QuickExitWords): string {
  // Replacer functions: a "$&" in a message must stay as written.
  return CODE.replace("URL", () => literal(url)).replace("WORDS", () => literal(words));
}
