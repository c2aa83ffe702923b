// msfs blob paths (teamtalk.md §11): a new upload's `g0/DDD/DDD/<name>.<ext>` from the client's filename, with the
// original's filename checks, and the only URL paths downloads serve. Names are unguessable (a URL is the capability
// to read an image), extensions reduced to letters and digits. Like the original, which filled its 256×256 folders in
// turn, a process puts 30 000 files in one folder (picked at random, so processes spread) before it takes the next:
// almost every upload lands in a folder that exists, and the store makes a new one only once per 30 000 files.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";

/** The original's filename refusals (error_msg 格式错误). */
export const FilenameError = { extensionTooLong: 9, noExtension: 10, tooLong: 11 } as const;
export type FilenameErrorCode = (typeof FilenameError)[keyof typeof FilenameError];

const maxFilenameChars = 255;
const maxExtensionChars = 15;

/** Files a process puts in one folder before it takes another (the original's FilesPerDir). */
const filesPerFolder = 30_000;
const folder = { name: "", files: filesPerFolder };

const threeDigits = (byte: number) => String(byte).padStart(3, "0");

/** The `DDD/DDD` folder of the next new key. */
function nextFolder(): string {
  if (++folder.files > filesPerFolder) {
    const [d1, d2] = randomBytes(2);
    Object.assign(folder, { name: `${threeDigits(d1)}/${threeDigits(d2)}`, files: 1 });
  }
  return folder.name;
}

/** The blob key of a new upload named `filename` by the client, or the filename check it fails. */
export function newBlobKey(filename: string): { key: string } | { error: FilenameErrorCode; reason: string } {
  if (Array.from(filename).length > maxFilenameChars)
    return { error: FilenameError.tooLong, reason: `filename is over ${maxFilenameChars} characters` };
  const dot = filename.lastIndexOf(".");
  if (dot < 0) return { error: FilenameError.noExtension, reason: "filename has no extension" };
  const given = filename.slice(dot + 1);
  if (Array.from(given).length > maxExtensionChars)
    return { error: FilenameError.extensionTooLong, reason: `extension is over ${maxExtensionChars} characters` };
  const extension = given.replace(/[^A-Za-z0-9]/g, "") || "bin";
  // The original keeps a `_<W>x<H>` size hint of the client's name (clients read image sizes from it).
  const size = /_(\d{1,4}x\d{1,4})$/.exec(filename.slice(0, dot));
  const micros = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  const name = `${micros}_${randomBytes(8).toString("hex")}${size ? `_${size[1]}` : ""}`;
  return { key: `g0/${nextFolder()}/${name}.${extension}` };
}

const servable = /^\/(g0\/(?:[01]\d\d|2[0-4]\d|25[0-5])\/(?:[01]\d\d|2[0-4]\d|25[0-5])\/[A-Za-z0-9_]{1,64}\.[A-Za-z0-9]{1,15})$/;

/** The blob key a download URL path names, or null for anything outside the path shape (a query string is ignored). */
export function keyOfUrlPath(target: string): string | null {
  const path = target.split("?", 1)[0];
  return servable.exec(path)?.[1] ?? null;
}

const imageTypes: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif" };

/** The Content-Type a blob is served with: from its extension, an image type or else bytes. */
export function contentTypeOf(key: string): string {
  const extension = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return imageTypes[extension] ?? "application/octet-stream";
}
