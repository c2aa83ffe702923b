// Every command a logged-in TeamTalk connection may send, by command id; the rest are ignored (teamtalk.md §2.2).
import type { CommandHandler } from "../command.ts";
import { groupCommands } from "./groups.ts";
import { loginCommands } from "./login.ts";
import { messageCommands } from "./messages.ts";

export const commands = new Map<number, CommandHandler>([...loginCommands, ...messageCommands, ...groupCommands]);
