// Telephone numbers (product.md): every spelling of one phone becomes one canonical E.164 string before any use;
// replies show a number of IM_PHONE_REGION in its national form and any other in E.164. libphonenumber-js decides.
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js";
import { badRequest } from "./errors.ts";

/** Digits, and the separators people write between them; '+' only first. Letters, extensions and tabs are refused. */
const shape = /^\+?[0-9 ().-]{1,32}$/;

const invalid = () =>
  badRequest("telephone is not a valid phone number (write it with its country code, e.g. +8613244556677, or as a national number)");

function parse(text: string, region: CountryCode): PhoneNumber | undefined {
  const compact = text.replace(/[ ().-]/g, "");
  // "00" is the international prefix written as '+' in most of the world, whatever the region's own prefix is.
  const international = compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
  return parsePhoneNumberFromString(international, { defaultCountry: region, extract: false });
}

/**
 * The canonical E.164 form (`+8613244556677`) of a telephone written nationally (in `region`), with `+` or `00`, with
 * spaces, dashes or parentheses; BAD_REQUEST unless libphonenumber finds a number whose country exists and whose
 * length fits it (its validity patterns are not asked: they lag behind newly opened number ranges).
 */
export function canonicalTelephone(text: string, region: CountryCode): string {
  if (!shape.test(text)) throw invalid();
  const phone = parse(text, region);
  if (!phone?.isPossible()) throw invalid();
  return phone.number;
}

/**
 * How a canonical telephone is shown: the national digits for a number of `region`'s numbering plan (`13244556677`;
 * written back they give the same phone), else E.164 (`+447700900123`).
 */
export function displayTelephone(e164: string, region: CountryCode): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone || phone.countryCallingCode !== getCountryCallingCode(region)) return e164;
  return phone.formatNational().replace(/\D/g, "");
}
