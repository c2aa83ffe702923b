// This process's freshly committed log events, handed from the code that wrote them to this process's core node, so
// the node delivers its own writes from memory instead of reading them back (its tail still reads other writers').
import type { LoggedEvent } from "./log.ts";

type Listener = (events: LoggedEvent[]) => void;

export class CommittedEvents {
  #listeners = new Set<Listener>();

  /** Events of one committed transaction, in id order; called right after the commit. */
  publish(events: LoggedEvent[]): void {
    for (const listener of this.#listeners) listener(events);
  }

  /** Returns the call that stops the listening. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
