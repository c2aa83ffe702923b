// How many TCP connections this process holds, every door together, and per client address: a connection past
// IM_MAX_CONNECTIONS (or past the per-address cap, when set) is refused at once, which keeps file descriptors free
// for HTTP and the database.
export class ConnectionBudget {
  #open = 0;
  #byAddress = new Map<string, number>();

  /** perAddress 0: no per-address cap (clients behind one NAT or load balancer share an address). */
  constructor(
    readonly max: number,
    readonly perAddress = 0,
  ) {}

  get open(): number {
    return this.#open;
  }

  /** Takes a place for a new connection; false when there is none. */
  take(address: string): boolean {
    if (this.#open >= this.max) return false;
    const mine = this.#byAddress.get(address) ?? 0;
    if (this.perAddress > 0 && mine >= this.perAddress) return false;
    this.#open++;
    if (this.perAddress > 0) this.#byAddress.set(address, mine + 1);
    return true;
  }

  release(address: string): void {
    this.#open--;
    if (this.perAddress === 0) return;
    const mine = (this.#byAddress.get(address) ?? 1) - 1;
    if (mine === 0) this.#byAddress.delete(address);
    else this.#byAddress.set(address, mine);
  }
}
