// Every command a logged-in TeamTalk connection may send, by command id; the rest are ignored (teamtalk.md §2.2).
import type { CommandHandler } from "../command.ts";
import { buddyCommands } from "./buddy.ts";
import { fileCommands } from "./files.ts";
import { groupCommands } from "./groups.ts";
import { loginCommands } from "./login.ts";
import { messageCommands } from "./messages.ts";
import { otherCommands } from "./other.ts";

export const commands = new Map<number, CommandHandler>([
  ...loginCommands,
  ...messageCommands,
  ...buddyCommands,
  ...otherCommands,
  ...fileCommands,
  ...groupCommands,
]);
