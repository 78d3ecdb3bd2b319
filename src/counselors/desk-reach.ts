// Whether the bot can reach the counselors' group now, as far as this process knows: Telegram's
// my_chat_member (reach.ts) and refused calls to the group set it. Memory only: after a restart a
// removal shows again at the first refused call.
import type { AppServices } from "../bot/context.ts";

/** Why the group is out of reach, by bot; absent while it is reachable (or not known otherwise). */
const problems = new WeakMap<AppServices, string>();

/** Why the counselors' group cannot be reached now, or undefined when nothing says so. */
export function deskProblem(app: AppServices): string | undefined {
  return problems.get(app);
}

/** Telegram's answers that mean the bot can no longer act in the group (removed, restricted, demoted). */
export function isDeskGone(error: unknown): boolean {
  const { error_code: code, description = "" } = error as { error_code?: number; description?: string };
  return (
    code === 403 ||
    /not enough rights|CHAT_ADMIN_REQUIRED|chat not found|need administrator/i.test(description)
  );
}

export function markUnreachable(app: AppServices, reason: string): void {
  if (!problems.has(app)) app.logger.error({ reason }, "the counselors' group cannot be reached");
  problems.set(app, reason);
}

/** The group answers again; true when it had been out of reach. */
export function markReachable(app: AppServices): boolean {
  return problems.delete(app);
}
