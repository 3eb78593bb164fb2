// parsePhone turns a number written "as the source publishes it" into what goes after
// tel:/sms:, and rejects anything that is not dialable in Canada. Only numbers that the
// project's sources publish are used for the valid cases: the Canadian Human Trafficking
// Hotline (1-833-900-1010), 911, Kids Help Phone's text code (686868), the Toronto
// Police *TPS code (*877) and the Victim Support Line in the GTA (416-314-2447).
import { describe, expect, it } from "vitest";
import { parsePhone } from "../../lib/content/phone";

describe("parsePhone: 10-digit North American numbers", () => {
  // Every way an editor might copy the hotline number from a web page.
  it.each([
    ["1-833-900-1010"],
    ["833-900-1010"],
    ["833.900.1010"],
    ["1.833.900.1010"],
    ["(833) 900-1010"],
    ["1 (833) 900-1010"],
    ["1 833 900 1010"],
    ["+1 833 900 1010"],
    ["+1-833-900-1010"],
    ["+18339001010"],
    ["8339001010"],
  ])("%s becomes +18339001010, toll-free", (published) => {
    expect(parsePhone(published, "voice")).toEqual({ dial: "+18339001010", tollFree: true });
  });

  it("keeps a local (non toll-free) number in E.164 and marks it not toll-free", () => {
    expect(parsePhone("416-314-2447", "voice")).toEqual({ dial: "+14163142447", tollFree: false });
  });

  it("accepts a full number for texting and TTY as well as voice", () => {
    expect(parsePhone("1-833-900-1010", "text")).toEqual({ dial: "+18339001010", tollFree: true });
    expect(parsePhone("1-833-900-1010", "tty")).toEqual({ dial: "+18339001010", tollFree: true });
  });
});

describe("parsePhone: short codes", () => {
  it("accepts 911 as dialled, with no country code", () => {
    expect(parsePhone("911", "voice")).toEqual({ dial: "911", tollFree: true });
  });

  // N11 codes are accepted whatever the type; 211 Ontario, for one, also takes texts.
  it("accepts an N11 code with type text", () => {
    expect(parsePhone("211", "text")).toEqual({ dial: "211", tollFree: true });
  });

  it("rejects 011 and 111, which are not N11 service codes", () => {
    expect(parsePhone("011", "voice")).toMatch(/is not a valid phone number/);
    expect(parsePhone("111", "voice")).toMatch(/is not a valid phone number/);
  });

  it("accepts a 5–6 digit text short code only with type text", () => {
    expect(parsePhone("686868", "text")).toEqual({ dial: "686868", tollFree: true });
    expect(parsePhone("686868", "voice")).toBe("a 5–6 digit short code is only valid with type: text");
    expect(parsePhone("686868", "tty")).toMatch(/only valid with type: text/);
  });

  it("accepts a * mobile code (*TPS = *877) only with type voice", () => {
    expect(parsePhone("*877", "voice")).toEqual({ dial: "*877", tollFree: true });
    expect(parsePhone("*877", "text")).toBe("a * code is only valid with type: voice");
  });
});

describe("parsePhone: rejected input", () => {
  // Too short, too long, or an area code / exchange that cannot start with 0 or 1.
  it.each([
    ["900-1010"], // no area code
    ["12-34"], // 4 digits: too long for N11, too short for a text short code
    ["1-833-900-10100"], // one digit too many
    ["21-833-900-1010"], // wrong country code
    ["033-900-1010"], // area code cannot start with 0
    ["1-833-100-1010"], // exchange cannot start with 1
    ["12"],
    ["*8"],
    [""],
  ])("%j is not a valid phone number", (published) => {
    const result = parsePhone(published, "voice");
    expect(typeof result).toBe("string");
    expect(result).toContain("is not a valid phone number");
  });

  it("quotes the bad number in the message so the editor can find it", () => {
    expect(parsePhone("900-1010", "voice")).toBe(
      '"900-1010" is not a valid phone number: use a 10-digit number like 1-833-900-1010, an N11 code like 911, a text short code, or a * code',
    );
  });

  // A vanity spelling or a letter O typed for a zero must not become a wrong tel: link.
  it.each([["1-833-900-1O1O"], ["1-800-HELP-NOW"], ["911 ext. 2"], ["TBD"]])("%j has letters and is rejected", (published) => {
    expect(parsePhone(published, "voice")).toBe("letters are not allowed; write the digits as published (put a vanity spelling in label)");
  });
});
