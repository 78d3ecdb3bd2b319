// Column lists for the statements repositories send through the driver: each column under
// the client's field name (the schema maps `threadId` to thread_id), so that a row read
// either way has the same shape and the same generated type.

/** `counsel_case.thread_id AS "threadId", …` for a model's scalar fields. */
export function fieldsOf(table: string, fields: Record<string, string>): string {
  return Object.values(fields)
    .map(
      (field) => `${table}.${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)} AS "${field}"`,
    )
    .join(", ");
}
