// The three things a person may allow, each separately and each off by default.
// Bump POLICY_VERSION when what a purpose means changes: everyone is asked again.
export const CONSENT_PURPOSES = ["counselor", "history", "statistics"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const POLICY_VERSION = 1;
