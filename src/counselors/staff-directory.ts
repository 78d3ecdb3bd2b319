// Who is on the counselors' side, remembered by pseudonym so that a counselor's command does
// not ask Telegram each time. An entry is kept fresh by the group's member updates and
// forgotten after a while anyway (an update can be missed, or go to another instance).
// Memory only: nothing here is stored or logged, and no raw Telegram id is kept.
import { MINUTE_MS } from "../time/durations.ts";

/** Where someone stands in the counselors' group. */
export type StaffRole = "administrator" | "member" | "outside";

/** How long a membership answer is trusted without a member update confirming it. */
export const STAFF_ROLE_TTL_MS = 5 * MINUTE_MS;

/** Telegram's chat member statuses, as the counselors' desk reads them. */
export function roleOf(status: string): StaffRole {
  if (status === "creator" || status === "administrator") return "administrator";
  return status === "member" ? "member" : "outside";
}

export class StaffDirectory {
  private readonly roles = new Map<string, { role: StaffRole; until: number }>();

  /** `supervisors`: the pseudonyms of SUPERVISOR_IDS, supervisors wherever they stand. */
  constructor(
    private readonly supervisors: ReadonlySet<string>,
    private readonly ttlMs = STAFF_ROLE_TTL_MS,
  ) {}

  /** The remembered role, unless it is too old to trust. */
  known(pseudonym: string, now: number): StaffRole | undefined {
    const entry = this.roles.get(pseudonym);
    if (!entry) return undefined;
    if (entry.until > now) return entry.role;
    this.roles.delete(pseudonym);
    return undefined;
  }

  remember(pseudonym: string, role: StaffRole, now: number): void {
    this.roles.set(pseudonym, { role, until: now + this.ttlMs });
  }

  /** The bot's own place in the group changed: nothing remembered can be trusted. */
  forgetAll(): void {
    this.roles.clear();
  }

  /** Named in SUPERVISOR_IDS: a supervisor without asking Telegram. */
  isNamedSupervisor(pseudonym: string): boolean {
    return this.supervisors.has(pseudonym);
  }
}
